import type {Site} from './load-site.ts'

/** Counts behind one cell of the status dashboard. */
export interface PageStats {
  locale: string
  page: string
  status: 'translated' | 'missing' | 'orphan'
  coverage: number
  /** Source sections (without the introduction). */
  sections: number
  missing: number
  /** Sections flagged as untranslated or drifted (`untranslated-section`). */
  drifted: number
  /** Translated sections whose source changed beyond typos since the base, and source sections added since (`outdated-section` warnings). */
  outdated: number
  errors: number
  warnings: number
  infos: number
  missingTitles: string[]
}

/** Coverage and drift counts of every translated page, from the report. */
export function pageStats(site: Site, locale: string, page: string): PageStats {
  const report = site.pageReport(locale, page)
  const source = site.summary(site.sourceLocale, page)
  const sections = (source?.sections.length ?? 1) - 1
  const diagnostics = site.diagnostics(locale, page)
  const status = report?.status ?? 'missing'
  const missingTitles = status === 'missing' ? (source?.sections.slice(1).map((section) => section.title) ?? []) : (report?.missing.map((section) => section.title) ?? [])
  return {
    locale,
    page,
    status,
    coverage: status === 'missing' ? 0 : (report?.coverage ?? 0),
    sections,
    missing: missingTitles.length,
    drifted: new Set(diagnostics.filter((d) => d.rule === 'untranslated-section').map((d) => d.line)).size,
    outdated: diagnostics.filter((d) => d.rule === 'outdated-section' && d.severity !== 'info').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
    missingTitles
  }
}

/** A locale's totals over all its pages. */
export function localeTotals(stats: PageStats[]) {
  const sum = (pick: (each: PageStats) => number) => stats.reduce((total, each) => total + pick(each), 0)
  const sections = sum((each) => each.sections)
  const missing = sum((each) => each.missing)
  const drifted = sum((each) => each.drifted)
  return {
    outdated: sum((each) => each.outdated),
    sections,
    missing,
    drifted,
    translated: Math.max(sections - missing - drifted, 0),
    coverage: sections === 0 ? 1 : (sections - missing) / sections,
    errors: sum((each) => each.errors),
    warnings: sum((each) => each.warnings),
    infos: sum((each) => each.infos)
  }
}

/** Colour band of a coverage share. */
export function band(coverage: number, errors: number, drifted = 0): 'cell-ok' | 'cell-warn' | 'cell-bad' {
  if (coverage < 0.75) return 'cell-bad'
  if (coverage < 1 || errors > 0 || drifted > 0) return 'cell-warn'
  return 'cell-ok'
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}
