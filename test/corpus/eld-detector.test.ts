// eld's detector over Lockstep's compact copy of its data (src/engine/text/eld-detector.ts) against
// eld itself, on real translated prose: every block of every fifth page of each locale of the
// OpenTelemetry snapshot (CC BY 4.0, github.com/open-telemetry/opentelemetry.io), read in place.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {eld} from 'eld/medium'
import {expect, it} from 'vitest'
import {eldDetector} from '../../src/engine/text/eld-detector.ts'
import {blocksOf} from '../text/pages.ts'
import {corpusDir} from './corpus.ts'

const reference = eld.newInstance()
reference.enableTextCleanup(true)

it('answers as eld does on the blocks of every fifth OpenTelemetry page', () => {
  const content = path.join(corpusDir, 'otel/content')
  const files = readdirSync(content, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .sort()
    .filter((_, index) => index % 5 === 0)
  const blocks = files.flatMap((file) => blocksOf(readFileSync(path.join(content, file), 'utf8')))
  expect(blocks.length).toBeGreaterThan(5000)
  const locales = new Set(files.map((file) => file.split(path.sep)[0]))
  expect(locales.size).toBeGreaterThan(5)
  let differ = 0
  for (const block of blocks) {
    const ours = eldDetector().detect(block)
    const theirs = reference.detect(block)
    const same = ours.language === theirs.language && ours.reliable === theirs.isReliable() && JSON.stringify(Object.entries(ours.scores)) === JSON.stringify(Object.entries(theirs.getScores()))
    if (!same) differ++
  }
  expect(differ).toBe(0)
})
