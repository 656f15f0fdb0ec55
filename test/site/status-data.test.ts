import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {check, type CheckResult} from '../../src/engine/check.ts'
import {loadConfig} from '../../src/engine/config/load-config.ts'
import {badgeJson, sectionStates, statusData, type LocaleStatus} from '../../src/starlight/status-data.ts'
import {viewsAgree} from './status-views.ts'

// The seed: one Kubernetes page in six languages (content/). Its sections were counted by hand from
// content/en (six headed sections) and the report's findings: Portuguese has one section still in
// English ("Konnectivity service", an `untranslated-section` warning); Chinese lacks one section.
const root = path.resolve(import.meta.dirname, '../..')
let result: CheckResult
let status: LocaleStatus[]

beforeAll(async () => {
  const {config} = await loadConfig({cwd: root})
  result = await check({config, cwd: root})
  status = statusData(result)
})

describe('status data on the seed', () => {
  it('counts each source section once, in one state', () => {
    const counts = Object.fromEntries(status.map((each) => [each.locale, sectionStates.map((state) => each[state])]))
    // translated, outdated, untranslated, missing
    const expected = Object.fromEntries(result.report.locales.map((locale) => {
      const page = result.report.pages.find((entry) => entry.locale === locale)!
      const missing = page.missing.filter((section) => section.level > 0).length
      const untranslated = result.report.diagnostics.filter((d) => d.locale === locale && d.rule === 'untranslated-section' && page.sections.some((section) => section.line === d.line && section.source && section.source.level > 0)).length
      return [locale, [6 - missing - untranslated, 0, untranslated, missing]]
    }))
    expect(counts).toEqual(expected)
    expect(counts.pt).toEqual([5, 0, 1, 0])
  })

  it('gives cards, table, badge and JSON the same numbers', () => {
    for (const each of status) viewsAgree(each)
    const pt = status.find((each) => each.locale === 'pt')!
    // 5 of 6 sections translated and up to date: 83 %, on the card, in the table's total and on the badge.
    expect(pt.percent).toBe(83)
    expect(pt.pages[0]!.percent).toBe(83)
    expect(badgeJson(pt, 'Português')).toEqual({schemaVersion: 1, label: 'Português', message: '83 %', color: 'yellow'})
  })

  it('counts a missing page as all its source sections missing', () => {
    const report = structuredClone(result.report)
    const pt = report.pages.find((page) => page.locale === 'pt')!
    Object.assign(pt, {status: 'missing', sections: [], missing: []})
    report.diagnostics = report.diagnostics.filter((d) => d.locale !== 'pt')
    const each = statusData({report, summaries: result.summaries}).find((locale) => locale.locale === 'pt')!
    expect([each.translated, each.missing, each.total, each.percent]).toEqual([0, 6, 6, 0])
    expect(each.pageCounts).toEqual({complete: 0, partial: 0, missing: 1})
  })
})
