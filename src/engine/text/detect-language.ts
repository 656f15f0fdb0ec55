// eld's 'medium' data, measured against the other sizes on 19,000 blocks of the OpenTelemetry
// and CNCF glossary translations (en vs es/pt/fr/it/de): extrasmall loses 2–5 points on 4–9
// words; small, medium and large are within noise of each other (medium a hair ahead of small
// on 6–9 words). Loading takes ~140 / 240 / 300 / 700 ms (xs/s/m/l) and ~250 / 360 / 390 /
// 590 MB RSS; detection speed is the same for small and medium (~20k short paragraphs/s) and
// 40 % slower for large (those loads are eld's own modules'; Lockstep reads medium's data from its
// file into a compact table instead, `eldDetector`). Medium is the most accurate size that loads in
// well under half a second.
import {eldDetector} from './eld-detector.ts'

/** What `detectLanguage` found. */
export interface DetectedLanguage {
  /** ISO 639-1 code of the best-scoring language, or '' when nothing scored. */
  language: string
  /** eld's own reliability test, passed by most of the text. */
  reliable: boolean
  /** eld scores (0–1, higher is better, not probabilities) per language, averaged over the text. */
  scores: Record<string, number>
}

// eld as `eld/medium` runs it with text cleanup on, over a compact copy of its data (`eldDetector`).
const detector = eldDetector()

const models: ReadonlySet<string> = new Set(detector.languages)
// eld has no Indonesian model; it scores Indonesian as Malay, a near-identical standard language.
const siblings: Readonly<Record<string, string>> = {id: 'ms'}

/**
 * The language whose eld score stands for `language`: itself, a near-identical sibling
 * (`id` → `ms`), or undefined when eld cannot score it at all (its score would read as 0, and
 * every text would look like the other language).
 */
export function scoredAs(language: string): string | undefined {
  const model = siblings[language] ?? language
  return models.has(model) ? model : undefined
}

// eld reads only the first ~350 UTF-8 bytes of what it is given; longer text is cut into
// chunks below that at whitespace and the chunks' scores averaged. Past `maxChunks` more text
// rarely changes the answer, and the cost stays bounded for huge paragraphs.
const chunkBytes = 330
const maxChunks = 4

function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3
  }
  return bytes
}

function chunksOf(text: string): string[] {
  const chunks: string[] = []
  let start = 0
  let bytes = 0
  let lastSpace = -1
  for (let index = 0; index < text.length && chunks.length < maxChunks; index++) {
    const code = text.charCodeAt(index)
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    if (code === 32 || code === 10) lastSpace = index
    if (bytes < chunkBytes) continue
    // Cut at the last space when there is one (Latin, Cyrillic), anywhere when not (CJK).
    const end = lastSpace > start ? lastSpace + 1 : index + 1
    chunks.push(text.slice(start, end))
    start = end
    bytes = utf8Length(text, start, index + 1)
    lastSpace = -1
  }
  if (chunks.length < maxChunks && start < text.length) {
    const rest = text.slice(start)
    // A short tail would drag a long paragraph's average toward noise.
    if (chunks.length === 0 || rest.trim().length >= 40) chunks.push(rest)
  }
  return chunks
}

/** Detect the language of `text` with eld, reading up to ~1.3 kB of it. */
export function detectLanguage(text: string): DetectedLanguage {
  const chunks = chunksOf(text)
  const scores: Record<string, number> = {}
  const results = chunks.map((chunk) => detector.detect(chunk))
  for (const result of results) {
    for (const [language, score] of Object.entries(result.scores)) {
      scores[language] = (scores[language] ?? 0) + score / results.length
    }
  }
  let language = ''
  let best = 0
  for (const [candidate, score] of Object.entries(scores)) {
    if (score > best) {
      best = score
      language = candidate
    }
  }
  const agreeing = results.filter((result) => result.language === language && result.reliable).length
  return {language, reliable: language !== '' && agreeing * 2 > results.length, scores}
}
