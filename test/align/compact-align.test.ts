import {describe, expect, it} from 'vitest'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {alignSectionsDense} from './align-sections-dense.ts'
import {longPagePair} from './long-pages.ts'
import {measureAlign} from './measure-align.ts'

const config = validateConfig({})
const locales = new Set(['en', 'es'])
const sections = (text: string, locale: string) => summarizePage(Buffer.from(text), {file: `content/${locale}/long.md`, locale, page: 'long', locales}, config).sections

describe('the compact aligner', () => {
  it('aligns 10,000 headings a page in less than 200 MB', () => {
    // In a fresh process, so the peak RSS is the aligner's; the time bound is only a generous backstop.
    const measured = measureAlign(10_000)
    expect(measured.peakMb).toBeLessThan(200)
    expect(measured.ms).toBeLessThan(60_000)
    // 103 of the 10,000 are missing in the translation (every 97th), the others all pair with their own.
    expect(measured.correct).toBe(10_000 - 103)
  }, 120_000)

  it('gives the dense aligner’s pairs on a long drifted page, in one table or cut into gaps', () => {
    const {en, es} = longPagePair(250)
    const source = sections(en, 'en')
    const target = sections(es, 'es')
    const dense = alignSectionsDense(source, target)
    // The two sections that traded places: one pass pairs them out of order.
    expect(dense.pairs.filter((pair) => pair.relation === 'moved').map((pair) => source[pair.source]!.title)).toEqual(['Topic 240', 'Topic 10'])
    for (const cellBudget of [undefined, 2_000, 50, 1]) expect(alignSections(source, target, {cellBudget})).toEqual(dense)
  })
})
