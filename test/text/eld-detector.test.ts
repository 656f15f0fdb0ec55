// Lockstep runs eld's detector over a compact copy of eld's data (src/engine/text/eld-detector.ts).
// Its answers must be eld's own: the language verdicts were calibrated on them.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {eld} from 'eld/medium'
import {describe, expect, it} from 'vitest'
import {eldDetector} from '../../src/engine/text/eld-detector.ts'
import {eldFolder, ngramsEnd, readEldData} from '../../src/engine/text/read-eld-data.ts'
import {paragraphsOf} from './pages.ts'

const reference = eld.newInstance()
reference.enableTextCleanup(true)

/** eld's own answer, in the shape of `EldDetector.detect`: the scores as an ordered list, so their order counts too. */
function eldSays(text: string) {
  const result = reference.detect(text)
  return {language: result.language, scores: Object.entries(result.getScores()), reliable: result.isReliable()}
}

function lockstepSays(text: string) {
  const result = eldDetector().detect(text)
  return {language: result.language, scores: Object.entries(result.scores), reliable: result.reliable}
}

/** Every page under `content/` (the seed page in six languages). */
function seedBlocks(): string[] {
  const root = path.resolve(import.meta.dirname, '../../content')
  const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md'))
  return files.flatMap((file) => paragraphsOf(readFileSync(path.join(root, file), 'utf8')))
}

/** One of eld's own modules, evaluated (imported by its path: eld's package exports do not list it). */
async function eldModule(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path.join(eldFolder(), file)).href)) as Record<string, unknown>
}

describe('readEldData', () => {
  it('reads eld’s n-grams, average scores and byte dictionary as eld’s modules hold them', async () => {
    const {table, average, dictionary} = readEldData(eldFolder())
    const {ngramsData} = (await eldModule('src/ngrams/medium.js')) as {ngramsData: {languages: Record<string, string>; ngrams: Record<string, Record<string, number>>}}
    expect(table.codes).toEqual(Object.values(ngramsData.languages))
    expect(table.codes).toHaveLength(60)
    const keys = Object.keys(ngramsData.ngrams)
    expect([...table.first.keys()].sort()).toEqual([...keys].sort())
    for (const key of keys) {
      const entries: Array<[string, number]> = []
      for (let entry = table.first.get(key)!; table.langs[entry] !== ngramsEnd; entry++) entries.push([String(table.langs[entry]), table.scores[entry]!])
      expect(entries, key).toEqual(Object.entries(ngramsData.ngrams[key]!))
    }
    expect(Object.fromEntries(average)).toEqual((await eldModule('src/avgScore.js')).avgScore)
    expect(dictionary).toEqual((await eldModule('src/dictionary.js')).dictionary)
  })
})

describe('eldDetector', () => {
  it('scores the languages eld/medium scores', () => {
    expect(eldDetector().languages).toEqual(Object.values(reference.info().Languages))
  })

  it('answers as eld does on every block of the seed page in six languages', () => {
    const blocks = seedBlocks()
    expect(blocks.length).toBeGreaterThan(100)
    for (const block of blocks) expect(lockstepSays(block), block).toEqual(eldSays(block))
    // Most blocks get a language and scores: the comparison is not between two empty answers.
    expect(blocks.filter((block) => lockstepSays(block).scores.length > 1).length).toBeGreaterThan(blocks.length * 0.8)
  })

  it.each([
    ['empty', ''],
    ['only digits and punctuation', '1234 — 5678, (9)!'],
    ['a URL, an e-mail address and a .com domain', 'See https://www.example.org/docs or write to team@example.org at example.com/path today'],
    ['codes with digits', 'The k8s v1.29 node uses cgroupv2 and x86_64 images'],
    ['apostrophes', "Don't use the controller’s `kubelet` when it isn't ready"],
    ['astral characters', '𠀀𠀁𠀂 emoji 😀🎉 in a sentence of words'],
    ['mixed scripts', 'Kubernetes кластер 控制平面 とノード between them'],
    ['one long word', 'a'.repeat(200)],
    ['three-letter words', 'the cat sat on mat and ran off'],
    ['over a thousand characters', 'Les traces nous donnent une vue d’ensemble de ce qui se passe. '.repeat(30)],
    ['over 380 bytes of non-Latin text', 'Пакеты данных передаются между узлами кластера. '.repeat(12)],
    ['Korean, Thai, Hindi and Arabic', '쿠버네티스 클러스터 ระบบคลัสเตอร์ कुबेरनेट्स क्लस्टर مجموعة الخوادم']
  ])('answers as eld does on %s', (_, text) => {
    expect(lockstepSays(text)).toEqual(eldSays(text))
  })
})
