import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {statusData} from '../../src/starlight/status-data.ts'
import {viewsAgree} from '../site/status-views.ts'
import {cloneBundle} from './corpus.ts'

// The glossary (16 locales, 955 files), where the old dashboard's cards said “0 drifted” while its
// table counted 30–114 outdated sections per locale.
describe('status data on the glossary', () => {
  it('counts each source section once, and every view agrees', async () => {
    const cwd = cloneBundle('glossary')
    try {
      const result = await check({config: validateConfig({siteUrls: ['https://glossary.cncf.io']}), cwd, contentDir: 'content'})
      const status = statusData(result)
      expect(status.map((each) => each.locale)).toEqual(result.report.locales)
      const sourceSections = new Map(result.summaries.filter((summary) => summary.locale === result.report.sourceLocale).map((summary) => [summary.page, summary.sections.filter((section) => section.level > 0).length]))
      for (const each of status) {
        viewsAgree(each)
        for (const page of each.pages) expect(page.total, `${each.locale}/${page.page}`).toBe(sourceSections.get(page.page))
        // Outdated sections are exactly the outdated-section warnings on aligned, headed sections.
        const warned = result.report.diagnostics.filter((d) => d.locale === each.locale && d.rule === 'outdated-section' && d.severity === 'warning')
        const onSections = warned.filter((d) => result.report.pages.some((page) => page.locale === d.locale && page.page === d.page && page.sections.some((section) => section.line === d.line && section.source && section.source.level > 0)))
        expect(each.outdated, each.locale).toBeLessThanOrEqual(onSections.length)
      }
      // Outdated sections exist on this corpus, and the cards see them.
      expect(status.reduce((sum, each) => sum + each.outdated, 0)).toBeGreaterThan(100)
    } finally {
      fs.rmSync(cwd, {recursive: true, force: true})
    }
  })
})
