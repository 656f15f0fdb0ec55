/** The writing systems Lockstep tells apart; everything else with letters lands in `other`. */
export type Script =
  | 'han'
  | 'kana'
  | 'hangul'
  | 'cyrillic'
  | 'latin'
  | 'arabic'
  | 'devanagari'
  | 'bengali'
  | 'greek'
  | 'hebrew'
  | 'thai'
  | 'other'

/** Letter counts per script, plus their sum in `total`. */
export type ScriptCounts = Record<Script, number> & {total: number}

/** Every script key, in a stable order (ties in `dominantScript` go to the earlier one). */
export const scripts: readonly Script[] = [
  'latin',
  'cyrillic',
  'han',
  'kana',
  'hangul',
  'arabic',
  'devanagari',
  'bengali',
  'greek',
  'hebrew',
  'thai',
  'other'
]

// One pattern per script, tried in order on each non-ASCII letter (ASCII never gets here, so
// the common case costs no regex at all). Kana includes the prolonged sound mark (U+30FC) and
// the iteration marks, which are Script=Common but only ever appear in Japanese; 々 is
// Script=Han already.
const patterns: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u309d\u309e\u30fd\u30fe]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u]
]

// Vowel signs of Indic scripts are marks, not letters, yet they are half of the text; marks of
// Script=Inherited (combining accents) are not counted, so `é` typed decomposed counts once.
const letterLike = /[\p{L}\p{M}]/u
const inheritedMark = /[\p{Script=Inherited}\p{Script=Common}]/u

// The script a non-ASCII character counts for (`undefined`: not counted), by code point: a text
// holds few distinct characters, and testing each one against up to 11 patterns cost a Japanese or
// Chinese page's language check a fifth of its time.
const scriptOfCode = new Map<number, Script | undefined>()

function scriptOfChar(char: string): Script | undefined {
  if (!letterLike.test(char)) return undefined
  for (const [name, pattern] of patterns) if (pattern.test(char)) return name
  return inheritedMark.test(char) ? undefined : 'other'
}

/** Count the letters of `text` per Unicode script (ASCII letters take a fast path). */
export function scriptOf(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    han: 0,
    kana: 0,
    hangul: 0,
    cyrillic: 0,
    latin: 0,
    arabic: 0,
    devanagari: 0,
    bengali: 0,
    greek: 0,
    hebrew: 0,
    thai: 0,
    other: 0,
    total: 0
  }
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        counts.latin++
        counts.total++
      }
      continue
    }
    let script = scriptOfCode.get(code)
    if (script === undefined && !scriptOfCode.has(code)) scriptOfCode.set(code, (script = scriptOfChar(char)))
    if (script === undefined) continue
    counts[script]++
    counts.total++
  }
  return counts
}

/** The script with the most letters in `text`, or `undefined` when it has no letters. */
export function dominantScript(text: string): Script | undefined {
  const counts = scriptOf(text)
  let best: Script | undefined
  let bestCount = 0
  for (const script of scripts) {
    if (counts[script] > bestCount) {
      best = script
      bestCount = counts[script]
    }
  }
  return best
}
