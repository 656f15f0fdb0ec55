import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import type {Report} from '../../src/engine/report/types.ts'
import {cloneBundle} from './corpus.ts'

// The history stage over real histories: one locale of each bundle, with counts snapshotted so a
// change in how bases are found or changes classified shows up in review.
const cases = [
  {name: 'glossary-it', bundle: 'glossary', contentDir: 'content', locale: 'it', siteUrls: ['https://glossary.cncf.io']},
  {name: 'starlight-es', bundle: 'starlight-docs', contentDir: 'docs/src/content/docs', locale: 'es', siteUrls: ['https://starlight.astro.build']}
] as const

/** Counts of bases, commits behind, source changes and history findings in a report. */
function historyCounts(report: Report): Record<string, number> {
  const counts: Record<string, number> = {}
  const add = (key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by)
  for (const page of report.pages) {
    if (page.status !== 'translated') continue
    add(`base:${page.base.from}`)
    if (page.behind !== null) add('behind:total', page.behind)
    if (page.behind !== null && page.behind > 0) add('behind:pages')
    for (const section of page.sections) {
      add(`section:${section.sourceChange ?? 'none'}`)
      for (const kind of section.changeKinds ?? []) add(`kind:${kind}`)
    }
    for (const section of page.missing) if (section.sourceChange === 'added') add('missing:added-since-base')
    add('removed-since-base', page.removedSinceBase?.length ?? 0)
  }
  for (const diagnostic of report.diagnostics) if (diagnostic.rule.startsWith('outdated-') || diagnostic.rule === 'missing-section') add(`${diagnostic.rule}:${diagnostic.severity}`)
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

describe.each(cases)('$name history', ({name, bundle, contentDir, locale, siteUrls}) => {
  it('finds every translated page a base in the full history, with counts as snapshotted', async () => {
    const cwd = cloneBundle(bundle)
    const {report} = await check({config: validateConfig({siteUrls}), cwd, contentDir, locales: [locale]})
    const translated = report.pages.filter((page) => page.status === 'translated')
    expect(translated.length).toBeGreaterThan(5)
    expect(translated.every((page) => page.base.from === 'history' && page.behind !== null)).toBe(true)
    await expect(JSON.stringify(historyCounts(report), null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/history-${name}.json`)
  })
})
