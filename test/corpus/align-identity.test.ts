import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import type {PageSummary} from '../../src/engine/sections/types.ts'
import {alignSectionsDense} from '../align/align-sections-dense.ts'
import {cloneBundle, corpusDir} from './corpus.ts'

// The compact aligner against the dense one it replaced (same scoring), on every translated page
// of the corpora: in one table as real pages are aligned, and forced to cut every page of more than
// 10 × 10 sections at its sure pairs (a cell budget of 100), as only pages of hundreds of headings are.
const corpora = [
  {name: 'glossary', root: () => cloneBundle('glossary'), contentDir: 'content'},
  {name: 'starlight', root: () => cloneBundle('starlight-docs'), contentDir: 'docs/src/content/docs'},
  {name: 'otel', root: () => path.join(corpusDir, 'otel'), contentDir: 'content'}
] as const

describe.each(corpora)('$name corpus', ({root, contentDir}) => {
  it('aligns every page exactly as the dense aligner does, with or without cutting it into gaps', async () => {
    const {summaries, report} = await check({config: validateConfig({}), cwd: root(), contentDir})
    const sources = new Map<string, PageSummary>()
    for (const summary of summaries) if (summary.locale === report.sourceLocale) sources.set(summary.page, summary)
    let compared = 0
    let cut = 0
    const differing: string[] = []
    for (const target of summaries) {
      const source = sources.get(target.page)
      if (target.locale === report.sourceLocale || !source || source.failed || target.failed) continue
      const dense = alignSectionsDense(source.sections, target.sections)
      for (const cellBudget of [undefined, 100]) {
        if (!isEqual(alignSections(source.sections, target.sections, {cellBudget}), dense)) differing.push(`${target.file} (cell budget ${cellBudget})`)
      }
      compared++
      if ((source.sections.length - 1) * (target.sections.length - 1) > 100) cut++
    }
    expect(differing).toEqual([])
    expect(compared).toBeGreaterThan(100)
    expect(cut).toBeGreaterThan(0)
  })
})

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
