import {detectLanguage, scoredAs} from './detect-language.ts'
import {functionWords} from './function-words.ts'
import {languageOfLocale} from './language-of-locale.ts'
import {scriptsOfLanguage} from './language-scripts.ts'
import {proseOf, type Prose} from './prose-of.ts'
import {scriptOf, type Script, type ScriptCounts} from './script.ts'

/** The two languages to decide between, and the words that prove nothing either way. */
export interface SourceLanguageOptions {
  /** Locale or language of the source pages (`en`). */
  source: string
  /** Locale or language of the page the text comes from (`pt-br`, `zh-cn`, `es-419` …). */
  target: string
  /** Product names and identifiers that legitimately stay untranslated; ignored when deciding. */
  names?: ReadonlySet<string> | undefined
}

/** Whether a piece of a translated page is still in the source language. */
export interface SourceLanguageVerdict {
  /** `unknown` when the text is too short, mixed, or too close to call. */
  verdict: 'source' | 'target' | 'unknown'
  /** 0 for `unknown`, otherwise between 0.5 (just over the line) and 1. */
  confidence: number
}

const unknown: SourceLanguageVerdict = {verdict: 'unknown', confidence: 0}

// Below this much prose nothing is decided: two words and eight letters is "Cluster to Master",
// and a single word ("Túnel", "service") is too often shared, borrowed or a name.
const minWords = 2
const minLetters = 8

// Thresholds on `eld margin + function-word bonus` for calling text the source language, by
// word count. Calibrated on every paragraph, heading and table cell of the OpenTelemetry es/pt/fr
// docs against their English pages (and checked on the CNCF glossary's 15 locales): English
// blocks come out `source` at 99.6 % (10+ words), 96 % (4–9) and 43 % (2–3 words, the rest
// `unknown`); of 7,522 translated blocks 23 came out `source`, and every one of those was in fact
// English (an untranslated alert, table row or product-term heading). Short text needs a much
// wider margin because eld's scores on two or three words are noisy.
function sourceThreshold(words: number): number {
  if (words <= 2) return 0.35
  if (words === 3) return 0.25
  if (words <= 5) return 0.2
  if (words <= 9) return 0.15
  return 0.1
}

// Target needs less proof (a miss costs less than a false alarm) but still a margin.
function targetThreshold(words: number): number {
  return words <= 3 ? 0.15 : 0.05
}

const functionWordBonus = 0.12
const functionWordPenalty = 0.15
const maxFunctionWordBonus = 3
const fastTargetHits = 3
const minEldMargin = 0.05
const minFunctionWordRate = 0.12

// A Han, kana or Hangul character carries about as much as three Latin letters.
const denseScripts: ReadonlySet<Script> = new Set(['han', 'kana', 'hangul'])
// With a non-Latin target, this share of target-script writing makes mixed text the target's.
const targetShare = 0.25

function clamp(value: number): number {
  return Math.max(0.5, Math.min(1, value))
}

function weight(counts: ScriptCounts, scripts: readonly Script[]): number {
  let total = 0
  for (const script of scripts) total += counts[script] * (denseScripts.has(script) ? 3 : 1)
  return total
}

function only(words: ReadonlySet<string> | undefined, other: ReadonlySet<string> | undefined) {
  if (!words) return undefined
  return new Set([...words].filter((word) => !other?.has(word)))
}

interface Pair {
  source: string
  target: string
  sourceWords: ReadonlySet<string> | undefined
  targetWords: ReadonlySet<string> | undefined
}

// Function words of one language that are not also function words of the other (`a`, `in`,
// `no`, `also` are shared with es/it/pt/de and prove nothing). A run checks a handful of pairs;
// the cap only keeps a caller cycling through made-up tags from growing the map forever.
const pairs = new Map<string, Pair>()
const maxPairs = 64

function pairOf(source: string, target: string): Pair {
  const key = `${source}|${target}`
  let pair = pairs.get(key)
  if (!pair) {
    const sourceAll = functionWords(source)
    const targetAll = functionWords(target)
    pair = {source, target, sourceWords: only(sourceAll, targetAll), targetWords: only(targetAll, sourceAll)}
    if (pairs.size >= maxPairs) pairs.clear()
    pairs.set(key, pair)
  }
  return pair
}

function countIn(words: readonly string[], set: ReadonlySet<string> | undefined): number {
  if (!set) return 0
  let count = 0
  for (const word of words) if (set.has(word.toLowerCase())) count++
  return count
}

// Same script (English vs Spanish, Russian vs Ukrainian): eld's scores for just the two
// languages, nudged by function words, which eld under-weighs on short text.
function byWords(prose: Prose, letters: number, pair: Pair): SourceLanguageVerdict {
  const count = prose.words.length
  if (count < minWords || letters < minLetters) return unknown
  const sourceHits = countIn(prose.words, pair.sourceWords)
  const targetHits = countIn(prose.words, pair.targetWords)
  // Most paragraphs of a translated page are plainly translated; skipping eld for them makes
  // the common case several times cheaper and cannot raise a false alarm.
  if (targetHits >= fastTargetHits && targetHits >= fastTargetHits * sourceHits) {
    return {verdict: 'target', confidence: 0.9}
  }
  const target = scoredAs(pair.target)
  if (target === undefined) return unknown
  const {scores} = detectLanguage(prose.text)
  const eldMargin = (scores[pair.source] ?? 0) - (scores[target] ?? 0)
  const margin =
    eldMargin +
    functionWordBonus * Math.min(sourceHits, maxFunctionWordBonus) -
    functionWordPenalty * targetHits
  // Function words only ever tip a call eld already leans towards, and a long text must be as
  // rich in them as English prose is (13 % or more for 99 % of the calibration paragraphs): a
  // Turkish paragraph ending in one English sentence has a few English function words and no
  // Turkish ones, since Lockstep has no Turkish list, and must not tip over.
  const readsAsSource =
    targetHits <= sourceHits &&
    eldMargin >= minEldMargin &&
    (count < 10 || !pair.sourceWords || sourceHits >= minFunctionWordRate * count)
  if (readsAsSource && margin >= sourceThreshold(count)) {
    return {verdict: 'source', confidence: clamp(0.5 + margin - sourceThreshold(count))}
  }
  if ((targetHits > sourceHits && margin < 0) || margin <= -targetThreshold(count)) {
    return {verdict: 'target', confidence: clamp(0.5 - margin)}
  }
  return unknown
}

// Different scripts (English vs Russian, Chinese, Japanese …): the letters decide. Any word in a
// non-Latin target script means a translator touched the text, so it is never `source`; text
// with none is `source` only if it also reads as prose in the source language, not as a list of
// names.
function byScript(prose: Prose, counts: ScriptCounts, pair: Pair): SourceLanguageVerdict {
  const sourceScripts = scriptsOfLanguage(pair.source)
  const targetScripts = scriptsOfLanguage(pair.target)
  const sourceOwn = sourceScripts.filter((script) => !targetScripts.includes(script))
  const targetOwn = targetScripts.filter((script) => !sourceScripts.includes(script))
  const sourceWeight = weight(counts, sourceOwn.length > 0 ? sourceOwn : sourceScripts)
  const targetWeight = weight(counts, targetOwn.length > 0 ? targetOwn : targetScripts)
  const total = sourceWeight + targetWeight
  if (total < minLetters) return unknown
  const share = targetWeight / total
  const sourceHits = countIn(prose.words, pair.sourceWords)
  const targetIsLatin = targetScripts.includes('latin')

  if (targetWeight > 0 && !targetIsLatin) {
    // Mostly source-language prose with a word or two of the target: half translated, no call.
    if (share < targetShare && sourceHits > 0) return unknown
    return {verdict: 'target', confidence: clamp(0.5 + share)}
  }
  if (targetIsLatin && share >= 0.5) {
    return share >= 0.8 ? {verdict: 'target', confidence: clamp(share)} : unknown
  }
  if (share > 0.2) return unknown

  const sourceIsLatin = sourceScripts.includes('latin')
  if (sourceIsLatin) {
    if (prose.words.length < minWords) return unknown
    const reads = sourceHits > 0 || detectLanguage(prose.text).language === pair.source
    if (!reads) return unknown
  }
  return {verdict: 'source', confidence: clamp(0.5 + sourceWeight / 80 + sourceHits * 0.1)}
}

/**
 * Decide whether `text` (Markdown or plain) from a `target`-language page is still in the
 * `source` language, ignoring code, URLs, numbers, identifiers and `names`.
 */
export function isSourceLanguage(text: string, options: SourceLanguageOptions): SourceLanguageVerdict {
  const source = languageOfLocale(options.source)
  const target = languageOfLocale(options.target)
  if (source === target || source === '' || target === '') return unknown
  const pair = pairOf(source, target)
  const prose = proseOf(text, {names: options.names, keep: functionWords(source)})
  if (prose.words.length === 0) return unknown
  const counts = scriptOf(prose.text)
  const sameScript = scriptsOfLanguage(source)[0] === scriptsOfLanguage(target)[0]
  return sameScript ? byWords(prose, counts.total, pair) : byScript(prose, counts, pair)
}
