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
    if (sourceProse().some((text) => name.test(text))) return true
  }
  // A name, every word capitalised, whose every word the translation uses itself, in its translated prose or its
  // code (“Docker Compose” over a page that runs `docker` and edits `compose.yaml`): a product's name.
  // Every word capitalised: a phrase with a small word (“Cluster to Master”) is words, not a name.
  const words = section.title.match(/\p{L}+/gu) ?? []
  if (words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word)) && words.every((word) => word.length < 4 || pageWords().has(word.toLowerCase()))) return true
  const term = section.title.trim().toLowerCase()
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u')
  return prose().some((text) => pattern.test(text.toLowerCase()))
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
