/** What is left of a piece of Markdown once everything that is not running prose is gone. */
export interface Prose {
  /** The remaining words, separated by single spaces (CJK runs are one "word" each). */
  text: string
  /** The remaining words, as written. */
  words: string[]
}

/** Options for `proseOf`. */
export interface ProseOptions {
  /**
   * Words that legitimately stay untranslated: dropped, compared case-insensitively (a phrase
   * drops each of its words). Read once per set object, so do not change a set after use.
   */
  names?: ReadonlySet<string> | undefined
  /** Lowercase words never dropped as names (function words carry the evidence; `to` is no name). */
  keep?: ReadonlySet<string> | undefined
}

// Order matters: fences before inline code, shortcodes before HTML tags (`{{< note >}}` looks
// like a tag), link destinations before bare URLs.
const fencedCode = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm
const inlineCode = /(`+)[\s\S]*?\1/g
const htmlComment = /<!--[\s\S]*?-->/g
const shortcode = /\{\{[<%]([\s\S]*?)[%>]\}\}/g
const template = /\{\{[\s\S]*?\}\}/g
const shortcodeText = /\b(?:text|title)\s*=\s*"([^"]*)"/
const attributeList = /\{\s*[#.][^}]*\}/g
const htmlTag = /<\/?[A-Za-z][^<>]*>/g
const linkDestination = /\]\((?:<[^<>\n]*>|(?:[^()\s]|\([^()]*\))*)(?:\s+"[^"]*")?\)/g
const linkReference = /\]\[[^\]]*\]/g
const definition = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm
const url = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()[\]{}"'`]+/gi
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/gu
const nonAscii = /[^\x00-\x7f]/

// Tokens that are code, paths, versions or identifiers rather than words of a language.
const technical = /[\d/\\@=_$#%^&*+|~<>]|[\p{L}\d]\.[\p{L}\d]|^[-.]|[\p{L}]-[\p{L}]/u
const camelCase = /\p{Ll}\p{Lu}/u
const acronym = /^\p{Lu}{2,}(?:s|'s|’s)?$/u
const edgePunctuation = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu
const word = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=[\p{L}]))*['’]?/gu
// Letters (and marks) only, between punctuation that `edgePunctuation` strips: no identifier or
// elision, and all of it one `word` (still dropped if camelCase or an acronym).
const plainWord = /^[("'“‘[*_]*([\p{L}\p{M}]+)[)"'”’\].,;:!?*_]*$/u

// `l'apiserver`, `dell'API`, `qu'il`: the elided article is a function word and the rest may be a
// name, so they are scored apart; English contractions (`don't`, `it's`, `we're`) stay whole.
const elision = /^([\p{L}]{1,5}')([\p{L}]{3,})$/u
const contraction = /'(?:re|ll|ve|s|t|d|m)$/u

function splitElision(found: string): string[] {
  const parts = elision.exec(found)
  if (!parts || contraction.test(found)) return [found]
  return [parts[1] ?? '', parts[2] ?? '']
}

const lowered = new WeakMap<ReadonlySet<string>, Set<string>>()

// Callers pass the same names set for every paragraph of a page; lowercasing it once per set
// (held weakly, so it goes when the page does) keeps the per-paragraph cost flat.
function lowerNames(names: ReadonlySet<string>): Set<string> {
  let result = lowered.get(names)
  if (!result) {
    result = new Set()
    for (const name of names) {
      for (const part of name.toLowerCase().split(/\s+/u)) if (part) result.add(part)
    }
    lowered.set(names, result)
  }
  return result
}

/**
 * Strip code, URLs, link targets, shortcodes, HTML, numbers, identifiers and `names` from
 * Markdown or plain text, keeping the words a reader would read as language.
 */
export function proseOf(markdown: string, options: ProseOptions = {}): Prose {
  let text = markdown
  if (text.includes('```') || text.includes('~~~')) text = text.replace(fencedCode, ' ')
  if (text.includes('`')) text = text.replace(inlineCode, ' ')
  if (text.includes('{')) {
    text = text
      .replace(shortcode, (_, inner: string) => ` ${shortcodeText.exec(inner)?.[1] ?? ''} `)
      .replace(template, ' ')
      .replace(attributeList, ' ')
  }
  if (text.includes('<')) text = text.replace(htmlComment, ' ').replace(htmlTag, ' ')
  if (text.includes(']')) {
    text = text.replace(linkDestination, '] ').replace(linkReference, '] ').replace(definition, ' ')
  }
  if (text.includes('://') || text.includes('www.')) text = text.replace(url, ' ')
  if (text.includes('@')) text = text.replace(email, ' ')
  if (nonAscii.test(text)) text = text.replace(cjkRun, ' $& ')

  const names = options.names && options.names.size > 0 ? lowerNames(options.names) : undefined
  const isName = (found: string) => {
    if (!names) return false
    const lower = found.toLowerCase()
    return (names.has(lower) || (lower.endsWith("'s") && names.has(lower.slice(0, -2)))) && !options.keep?.has(lower)
  }
  const words: string[] = []
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue
    // Most tokens are one plain word, perhaps with punctuation around it: the steps below would
    // keep just that word or drop it, so it skips them (they cost most of the time of a call).
    const plain = plainWord.exec(raw)?.[1]
    if (plain !== undefined) {
      if (!camelCase.test(plain) && !acronym.test(plain) && !isName(plain)) words.push(plain)
      continue
    }
    const token = raw.replace(edgePunctuation, '')
    if (token === '' || technical.test(token) || camelCase.test(token) || acronym.test(token)) {
      continue
    }
    for (const match of token.matchAll(word)) {
      for (const found of splitElision(match[0].replace(/’/g, "'"))) {
        if (acronym.test(found) || isName(found)) continue
        words.push(found)
      }
    }
  }
  return {text: words.join(' '), words}
}
