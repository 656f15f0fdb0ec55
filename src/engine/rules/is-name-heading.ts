import type {SectionSummary} from '../sections/types.ts'
import {isAllIdentifiers} from '../text/is-identifier.ts'

/**
 * A heading that is code or a name, which stays in the source language on purpose: it is only
 * inline code (`` ## `OTEL_SERVICE_NAME` ``), only identifiers (`## http.server.duration`,
 * `## spanProcessor`), or a term the translation itself keeps in the source language in its own
 * prose (`prose` holds the page's translated paragraphs), or a Title Case name whose every word the
 * translation uses in its prose or code (`pageWords`). Ordinary words (`## Cluster to Master`)
 * that the prose translates are none of these.
 */
export function isNameHeading(section: SectionSummary, prose: () => readonly string[], sourceProse: () => readonly string[] = () => [], pageWords: () => ReadonlySet<string> = () => new Set()): boolean {
  let rest = section.title
  for (const code of section.codes) if (code.inline && code.line === section.line) rest = rest.replace(code.value, ' ')
  if (!/\p{L}/u.test(rest)) return true
  if (isAllIdentifiers(section.title)) return true
  // A Title Case name with a brand word or an acronym: “OpenTelemetry Community Awards”, “Kubernetes Community Days (KCD)”.
  if (isTitleCase(section.title) && (/[(（]\p{Lu}{2,}[)）]/u.test(section.title) || section.title.split(/\s+/).some((word) => /\p{Ll}\p{Lu}/u.test(word)))) return true
  // A Title Case phrase the source page capitalises in mid-sentence too is a name (“the co-located [Community Day] in Tokyo”).
  if (isTitleCase(section.title) && /\s/.test(section.title.trim())) {
    const name = new RegExp(`[\\p{Ll},;:(]\\s+\\[?${escape(section.title.trim())}(?![\\p{L}\\p{N}])`, 'u')
    const title = section.title.trim()
    // `includes` first: the regular expression can only match where the title's text is.
    if (sourceProse().some((text) => text.includes(title) && name.test(text))) return true
  }
  // A name, every word capitalised, whose every word the translation uses itself, in its translated prose or its
  // code (“Docker Compose” over a page that runs `docker` and edits `compose.yaml`): a product's name.
  // Every word capitalised: a phrase with a small word (“Cluster to Master”) is words, not a name.
  const words = section.title.match(/\p{L}+/gu) ?? []
  if (words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word)) && words.every((word) => word.length < 4 || pageWords().has(word.toLowerCase()))) return true
  const term = section.title.trim().toLowerCase()
  return lowerCased(prose()).some((text) => hasWord(text, term))
}

const letterOrNumber = /^[\p{L}\p{N}]/u

/**
 * Whether `term` occurs in `text` with no letter or number right before or after it, as
 * `(?:^|[^\p{L}\p{N}])term(?![\p{L}\p{N}])` would find it: without building a Unicode regular
 * expression per heading, which cost seconds on a site with thousands of headings.
 */
export function hasWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const end = at + term.length
    // A match never starts or ends inside a surrogate pair; the code points before and after decide.
    if (isPair(text, at - 1) || isPair(text, end - 1)) continue
    const before = at === 0 ? '' : isPair(text, at - 2) ? text.slice(at - 2, at) : text[at - 1]!
    if (letterOrNumber.test(before) || letterOrNumber.test(text.slice(end, end + 2))) continue
    return true
  }
  return false
}

/** Whether a surrogate pair starts at `index`. */
function isPair(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

// A page's prose lower-cased once, not once per heading: a long page has hundreds of both.
const lowered = new WeakMap<readonly string[], readonly string[]>()

function lowerCased(texts: readonly string[]): readonly string[] {
  let lower = lowered.get(texts)
  if (!lower) lowered.set(texts, (lower = texts.map((text) => text.toLowerCase())))
  return lower
}

/** Every word of four or more letters starts with a capital: a name or a title. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((word) => word.length >= 4)
  return long.length > 0 && long.every((word) => /^\p{Lu}/u.test(word))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A heading most of the page's other translations keep word for word (`headings`: the heading
 * each of them gives the same source section) is a name: translators working independently agree
 * it is not to be translated (“Kubernetes Operator” in es, pt and ja; “Glassfish / Payara” and
 * “Glassfish、Payara”). Only a name-shaped heading, with no lower-case function word of the source
 * language (`functionWords`): a phrase such as “Getting started with the SDK” kept by a few
 * translations is left unfinished work, however many of them left it.
 */
export function keptElsewhere(title: string, headings: readonly string[], functionWords: ReadonlySet<string> | undefined): boolean {
  const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
  const own = words(title)
  if (headings.length === 0 || own === '' || (title.match(/\p{L}[\p{L}'’]*/gu) ?? []).some((word) => functionWords?.has(word))) return false
  return headings.filter((heading) => words(heading) === own).length * 2 > headings.length
}
