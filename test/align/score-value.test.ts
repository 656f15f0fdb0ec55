import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {pairScorer} from '../../src/engine/align/pair-scorer.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {longPagePair} from './long-pages.ts'

const config = validateConfig({})
const locales = new Set(['en', 'es', 'zh-cn'])
const sections = (bytes: Buffer, locale: string) => summarizePage(bytes, {file: `content/${locale}/page.md`, locale, page: 'page', locales}, config).sections
const fixture = (locale: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/reference-pages', locale, 'reference/plugins.md'))

it('gives in every cell of the table the score it explains: the score without its reasons is the same number', () => {
  const {en, es} = longPagePair(60)
  const pages = [
    [sections(fixture('en'), 'en'), sections(fixture('zh-cn'), 'zh-cn')],
    [sections(Buffer.from(en), 'en'), sections(Buffer.from(es), 'es')]
  ] as const
  let cells = 0
  let strong = 0
  for (const [source, target] of pages) {
    const scorer = pairScorer(source, target)
    for (let i = 0; i < scorer.n; i++) {
      for (let j = 0; j < scorer.m; j++) {
        const explained = scorer.score(i, j)
        expect(scorer.value(i, j)).toBe(explained.score)
        cells++
        if (explained.score >= 0.85) strong++
      }
    }
  }
  // Both pages pair most of their sections: strong and weak cells are both compared.
  expect(cells).toBeGreaterThan(3_000)
  expect(strong).toBeGreaterThan(50)
})

it('aligns without reasons (a check without --explain) exactly as with them, and gives none', () => {
  const {en, es} = longPagePair(60)
  const pages = [
    [sections(fixture('en'), 'en'), sections(fixture('zh-cn'), 'zh-cn')],
    [sections(Buffer.from(en), 'en'), sections(Buffer.from(es), 'es')],
    // A page against the start of itself: sections missing at the end, and splits and merges to look for.
    [sections(fixture('en'), 'en'), sections(fixture('en'), 'en').slice(0, 20)]
  ] as const
  for (const [source, target] of pages) {
    const explained = alignSections(source, target)
    const quiet = alignSections(source, target, {explain: false})
    expect(explained.pairs.every((pair) => pair.reasons.length > 0)).toBe(true)
    expect(quiet.pairs.every((pair) => pair.reasons.length === 0)).toBe(true)
    const withoutReasons = explained.pairs.map(({reasons, ...pair}) => pair)
    expect(quiet.pairs.map(({reasons, ...pair}) => pair)).toEqual(withoutReasons)
    expect([quiet.unmatchedSource, quiet.unmatchedTarget]).toEqual([explained.unmatchedSource, explained.unmatchedTarget])
  }
})
