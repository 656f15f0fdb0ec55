import {expect} from 'vitest'
import {badgeJson, sectionStates, statusJson, sumCounts, type LocaleStatus} from '../../src/starlight/status-data.ts'

/** Assert that every view of a locale's status (table rows, totals, badge, JSON) gives the same numbers. */
export function viewsAgree(each: LocaleStatus) {
  const rows = sumCounts(each.pages)
  const json = statusJson(each, 'en')
  const badge = badgeJson(each, 'x')
  expect(rows).toEqual({translated: each.translated, outdated: each.outdated, untranslated: each.untranslated, missing: each.missing, total: each.total})
  expect(json.sections).toEqual(rows)
  expect(json.percent).toBe(each.percent)
  expect(badge.message).toBe(`${each.percent} %`)
  expect(json.byPage.map((page) => page.sections)).toEqual(each.pages.map(({translated, outdated, untranslated, missing, total}) => ({translated, outdated, untranslated, missing, total})))
  for (const page of each.pages) expect(sectionStates.reduce((sum, state) => sum + page[state], 0)).toBe(page.total)
}
