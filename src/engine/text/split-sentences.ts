/** One sentence of a text, trimmed, and where it starts in that text. */
export interface Sentence {
  text: string
  /** UTF-16 offset of the sentence's first character in the text given to `splitSentences`. */
  offset: number
}

// Dots inside these never end a sentence.
const protectedSpans =
  /`+[^`]*`+|\]\([^)\s]*\)|\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()[\]{}"'`]*[^\s<>()[\]{}"'`.,;:!?]/gi

// Abbreviations that are followed by more of the same sentence, lowercase, as the last word
// before the dot (`e.g.` is seen as `e.g`). `etc.` is left out: it ends sentences as often as not.
const abbreviations = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'approx', 'incl', 'fig', 'mr', 'mrs', 'ms', 'dr', 'n.b', 'a.k.a',
  'z.b', 'd.h', 'bzw', 'usw', 'p.ej', 'ej', 'p.e', 'ex', 'sr', 'sra', 'ca', 'resp'
])

const closers = new Set([')', ']', '"', "'", '’', '”', '»', '」', '』', '）', '*', '_'])
const cjkEnd = new Set(['。', '！', '？', '｡'])
const latinEnd = new Set(['.', '!', '?', '…'])
const startsSentence = /[\p{Lu}\p{Lo}\d"'“‘«¿¡([*_`]/u
const lowerWord = /^\p{L}{4,}$/u
const glued = /^\p{Lu}\p{Ll}+(?=\s|$)/u

// The characters at which a sentence can end: `latinEnd`, `cjkEnd`, and the line feed of a blank line.
const ends = new RegExp(`[\\n${[...latinEnd, ...cjkEnd].join('')}]`, 'g')

function nextEnd(text: string, from: number): number {
  ends.lastIndex = from
  return ends.exec(text)?.index ?? -1
}

function lastToken(text: string, end: number): string {
  let start = end
  while (start > 0 && !/\s/u.test(text[start - 1] ?? ' ')) start--
  return text.slice(start, end).replace(/^[^\p{L}\p{N}]+/u, '')
}

/**
 * Split prose (Markdown or plain text) into sentences, at `.`, `!`, `?` before an upper-case or
 * caseless start, at `。！？`, and at blank lines; dots in versions, abbreviations, URLs and
 * code never split. Catches a missing space after a full stop (`projetado.The`).
 */
export function splitSentences(text: string): Sentence[] {
  const guarded = new Uint8Array(text.length)
  for (const match of text.matchAll(protectedSpans)) {
    guarded.fill(1, match.index, match.index + match[0].length)
  }

  const cuts: number[] = []
  // From one character that can end a sentence to the next: the others never do.
  for (let index = nextEnd(text, 0); index !== -1; index = nextEnd(text, index + 1)) {
    const char = text[index] ?? ''
    if (guarded[index]) continue
    if (char === '\n' && /^\n[ \t]*\n/u.test(text.slice(index, index + 64))) {
      cuts.push(index + 1)
      continue
    }
    const cjk = cjkEnd.has(char)
    if (!cjk && !latinEnd.has(char)) continue
    // Runs of terminators and closing quotes or brackets stay with the sentence they end.
    let end = index + 1
    while (end < text.length && (latinEnd.has(text[end] ?? '') || cjkEnd.has(text[end] ?? ''))) end++
    while (end < text.length && closers.has(text[end] ?? '')) end++
    if (cjk) {
      cuts.push(end)
      index = end - 1
      continue
    }
    const next = text[end] ?? ''
    if (next === '') break
    const before = lastToken(text, index).toLowerCase()
    if (/\s/u.test(next)) {
      let start = end
      while (start < text.length && /\s/u.test(text[start] ?? '')) start++
      const first = text[start] ?? ''
      if (first === '' || !startsSentence.test(first)) continue
      if (char === '.' && (abbreviations.has(before) || /^\p{L}$/u.test(before) || /^\d{1,3}$/u.test(before))) {
        continue
      }
      cuts.push(end)
      index = end - 1
      continue
    }
    // No space after the full stop: only a real word glued to a capitalised word followed by
    // a space ("projetado.The Konnectivity"), never `v1.18`, `fmt.Println(`, `e.g.`.
    if (char === '.' && end === index + 1 && lowerWord.test(before) && glued.test(text.slice(end))) {
      cuts.push(end)
      index = end - 1
    }
  }

  const sentences: Sentence[] = []
  let start = 0
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(start, cut)
    const lead = piece.length - piece.trimStart().length
    const trimmed = piece.trim()
    if (trimmed !== '') sentences.push({text: trimmed, offset: start + lead})
    start = cut
  }
  return sentences
}
