import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

// eld's 'medium' data (https://github.com/nitotm/efficient-language-detector-js, Apache-2.0,
// Copyright Nito T.M.), read from the text of eld's own files into a compact table, for
// `eldDetector`. Importing `eld/medium` evaluates a 2 MB object literal of 105,548 small objects:
// about half a second and 200 MB of RSS, most of a check's memory beyond its parser threads. This
// takes about 80 ms and 30 MB. package.json pins eld at 2.1.0, whose file layout this reads;
// test/text/eld-detector.test.ts holds what is read to eld's modules.

/** eld's 'medium' n-grams: each n-gram's first entry in `langs`/`scores`, its entries ending at `ngramsEnd`. */
export interface NgramTable {
  codes: string[]
  first: Map<string, number>
  langs: Uint8Array
  scores: Uint8Array
}

/** Marks the end of an n-gram's entries in `NgramTable.langs`. */
export const ngramsEnd = 255

/** What the detector reads of eld's files. */
export interface EldData {
  table: NgramTable
  /** Each language's average score in a correct detection (`avgScore.js`). */
  average: Map<string, number>
  /** The character standing for each byte of a UTF-8 encoding (`dictionary.js`): a string cannot hold bytes. */
  dictionary: string[]
}

/** Read the detector's data from the `eld` package in `folder`, without evaluating its modules. */
export function readEldData(folder: string): EldData {
  return {
    table: readNgrams(path.join(folder, 'src/ngrams/medium.js')),
    average: readAverageScores(path.join(folder, 'src/avgScore.js')),
    dictionary: readDictionary(path.join(folder, 'src/dictionary.js'))
  }
}

/** The folder of the `eld` package this module resolves. */
export function eldFolder(): string {
  const require = createRequire(import.meta.url)
  for (const folder of require.resolve.paths('eld') ?? []) {
    const candidate = path.join(folder, 'eld')
    if (fs.existsSync(path.join(candidate, 'src/ngrams/medium.js'))) return candidate
  }
  throw new Error('The language model cannot be loaded: no eld package (src/ngrams/medium.js) was found beside Lockstep')
}

/**
 * eld's n-gram database from the text of its module (`export const ngramsData = {type, languages:
 * {0: 'am', …}, isSubset, ngrams: {'n-gram': {language: score, …}, …}}`), read without evaluating it.
 */
function readNgrams(file: string): NgramTable {
  const text = fs.readFileSync(file, 'utf8')
  const fail = (at: number): never => {
    throw new Error(`The language model cannot be loaded: ${file} is not in the layout this Lockstep reads (at offset ${at})`)
  }
  const languagesAt = text.indexOf('languages:{')
  const ngramsAt = text.indexOf('ngrams:{')
  if (languagesAt < 0 || ngramsAt < 0) fail(0)
  const codes: string[] = []
  for (const match of text.slice(languagesAt, text.indexOf('}', languagesAt)).matchAll(/(\d+):'([a-z]{2,3})'/g)) codes[Number(match[1])] = match[2]!
  const first = new Map<string, number>()
  const langs: number[] = []
  const scores: number[] = []
  let at = ngramsAt + 'ngrams:{'.length
  const number = () => {
    let value = 0
    const from = at
    for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(++at)) value = value * 10 + code - 48
    if (at === from) fail(at)
    return value
  }
  const expect = (code: number) => {
    if (text.charCodeAt(at) !== code) fail(at)
    at++
  }
  while (text.charCodeAt(at) !== 125) {
    // A key: quoted ('…' or "…", with \-escapes), or a bare identifier.
    let key = ''
    const quote = text.charCodeAt(at)
    if (quote === 39 || quote === 34) {
      for (at++; text.charCodeAt(at) !== quote; at++) {
        if (at >= text.length) fail(at)
        if (text.charCodeAt(at) === 92) at++
        key += text[at]
      }
      at++
    } else {
      for (; text.charCodeAt(at) !== 58; at++) {
        if (at >= text.length || text.charCodeAt(at) === 44) fail(at)
        key += text[at]
      }
    }
    expect(58)
    expect(123)
    first.set(key, langs.length)
    for (;;) {
      const language = number()
      expect(58)
      const score = number()
      if (language >= codes.length || score > 254) fail(at)
      langs.push(language)
      scores.push(score)
      if (text.charCodeAt(at) !== 44) break
      at++
    }
    expect(125)
    langs.push(ngramsEnd)
    scores.push(0)
    if (text.charCodeAt(at) === 44) at++
  }
  if (first.size === 0 || codes.length === 0) fail(at)
  return {codes, first, langs: Uint8Array.from(langs), scores: Uint8Array.from(scores)}
}

/** eld's average score of each language in a correct detection (`avgScore.js`: `'am': 0.832, …`). */
function readAverageScores(file: string): Map<string, number> {
  const average = new Map<string, number>()
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/['"]([a-z]{2,3})['"]:\s*([\d.]+)/g)) average.set(match[1]!, Number(match[2]))
  if (average.size === 0) throw new Error(`The language model cannot be loaded: ${file} holds no average scores`)
  return average
}

/** eld's dictionary (`dictionary.js`): the character standing for each byte of a UTF-8 encoding. */
function readDictionary(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const entries = [...text.slice(text.indexOf('[')).matchAll(/'(\\.|[^'\\])'/g)].map((match) => (match[1]!.length === 2 ? match[1]![1]! : match[1]!))
  if (entries.length !== 256) throw new Error(`The language model cannot be loaded: ${file} holds ${entries.length} bytes, not 256`)
  return entries
}
