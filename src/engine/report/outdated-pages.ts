import type {Report} from './types.ts'

/**
 * The pages of a locale that are outdated: their base is known and `outdated-page` reports them
 * beyond typo fixes (an `info`). Counted from the findings, so a baseline or a rule turned off
 * counts as it does everywhere else in the report.
 */
export function outdatedPages(report: Report, locale: string): Set<string> {
  const known = new Set(report.pages.filter((page) => page.locale === locale && page.base.commit).map((page) => page.page))
  return new Set(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'outdated-page' && diagnostic.locale === locale && diagnostic.severity !== 'info' && known.has(diagnostic.page)).map((diagnostic) => diagnostic.page))
}

/** Whether any translated page of the report (of `locale`, when given) has a known base (else history columns are left out). */
export function hasHistory(report: Report, locale?: string): boolean {
  return report.pages.some((page) => page.base.commit !== null && (locale === undefined || page.locale === locale))
}
