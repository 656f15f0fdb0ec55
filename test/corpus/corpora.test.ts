import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {formatJson} from '../../src/engine/report/format-json.ts'
import type {PageSummary} from '../../src/engine/sections/types.ts'
import {alignSectionsDense} from '../align/align-sections-dense.ts'
import {cloneBundle, corpusDir, summarize} from './corpus.ts'

// The checker over the real corpora, one cold check each (the dearest step of the corpus suite),
// then what can be asked of it: no crash, no hang; a warm run from the caches answers exactly as
// the cold one; per-locale counts as snapshotted, so a change in behaviour on real docs shows up in
// review; and the compact aligner pairs every translated page exactly as the dense one it replaced.
const corpora = [
  {name: 'glossary', root: () => cloneBundle('glossary'), contentDir: 'content', config: {siteUrls: ['https://glossary.cncf.io']}},
  {name: 'starlight', root: () => cloneBundle('starlight-docs'), contentDir: 'docs/src/content/docs', config: {siteUrls: ['https://starlight.astro.build']}},
  {name: 'otel', root: () => path.join(corpusDir, 'otel'), contentDir: 'content', config: {siteUrls: ['https://opentelemetry.io']}}
] as const

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, {recursive: true, force: true})
})

describe.each(corpora)('$name corpus', ({name, root, contentDir, config}) => {
  // Made when this corpus's tests start (not when the file is collected), once for both tests.
  let cold: ReturnType<typeof check> | undefined
  let run: () => ReturnType<typeof check>
  const coldRun = () => {
    if (cold) return cold
    const cwd = root()
    // The caches go to a temp folder: the snapshot corpus is read in place and never written.
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-corpus-cache-${name}-`))
    temporary.push(cacheDir, ...(cwd.startsWith(os.tmpdir()) ? [cwd] : []))
    run = () => check({config: validateConfig(config), cwd, contentDir, cacheDir})
    return (cold = run())
  }

  it('is checked with per-locale counts as snapshotted, and a warm re-run gives the same report', async () => {
    const first = await coldRun()
    const second = await run()
    expect(second.stats.pagesChecked, 'the warm run answers from the caches').toBe(0)
    expect(formatJson(second.report)).toBe(formatJson(first.report))
    expect(first.report.pages.length).toBeGreaterThan(100)
    await expect(JSON.stringify(summarize(first.report), null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/${name}.json`)
  })

  // Cut: forced to cut every page of more than 10 × 10 sections at its sure pairs (a cell budget
  // of 100), as only pages of hundreds of headings are in real use.
  it('aligns every page exactly as the dense aligner does, with or without cutting it into gaps', async () => {
    const {summaries, report} = await coldRun()
    const sources = new Map<string, PageSummary>()
    for (const summary of summaries) if (summary.locale === report.sourceLocale) sources.set(summary.page, summary)
    let compared = 0
    let cut = 0
    const differing: string[] = []
    for (const target of summaries) {
      const source = sources.get(target.page)
      if (target.locale === report.sourceLocale || !source || source.failed || target.failed) continue
      const dense = JSON.stringify(alignSectionsDense(source.sections, target.sections))
      for (const cellBudget of [undefined, 100]) {
        if (JSON.stringify(alignSections(source.sections, target.sections, {cellBudget})) !== dense) differing.push(`${target.file} (cell budget ${cellBudget})`)
      }
      compared++
      if ((source.sections.length - 1) * (target.sections.length - 1) > 100) cut++
    }
    expect(differing).toEqual([])
    expect(compared).toBeGreaterThan(100)
    expect(cut).toBeGreaterThan(0)
  })
})
