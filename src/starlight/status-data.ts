import type {Diagnostic, PageReport, PageSummary, Report} from '../engine/index.ts'

/**
 * What one source section is in one translation. Exactly one applies, in this order:
 * - `missing`: no translated counterpart (the page is missing, the section was dropped, or it was added to the source since the base);
 * - `untranslated`: a counterpart whose text is still in the source language (`untranslated-section`, `untranslated-scaffold`);
 * - `outdated`: a counterpart whose source section changed since the translation's base beyond a typo (an `outdated-section` warning);
 * - `translated`: a counterpart that is translated and up to date.
 */
export type SectionState = 'translated' | 'outdated' | 'untranslated' | 'missing'

/** The four states, best first: the order of every count, chart and legend. */
export const sectionStates: readonly SectionState[] = ['translated', 'outdated', 'untranslated', 'missing']

/** Source sections (headed ones: a page's introduction has no heading to count) by state. */
export type SectionCounts = Record<SectionState, number> & {total: number}

/** One page in one translation locale. */
export interface PageStatus extends SectionCounts {
  page: string
  /** The page key's folder (`docs/concepts` for `docs/concepts/overview`; `` at the top). */
  folder: string
  locale: string
  status: PageReport['status']
  file: string
  /** Translated and up-to-date share, 0–100, rounded down (100 only when every section is). */
  percent: number
  /** The translation's base commit, when known. */
  base: string | null
  behind: number | null
}

/** One translation locale: its pages and their sums. */
export interface LocaleStatus extends SectionCounts {
  locale: string
  percent: number
  pages: PageStatus[]
  /** Pages by their own state: complete (every section translated and up to date), partial, missing. */
  pageCounts: {complete: number; partial: number; missing: number}
}

/** What the status is computed from: the check's public result. */
export interface StatusInput {
  report: Report
  /** Page summaries of the check; only the source locale's are read (for pages a locale is missing). */
  summaries: Iterable<PageSummary>
}

const untranslatedRules = new Set(['untranslated-section', 'untranslated-scaffold'])

/**
 * The one definition of translated, outdated, untranslated and missing sections, per page and per
 * locale: the status page's cards, table, charts, badges and JSON all read it.
 */
export function statusData({report, summaries}: StatusInput): LocaleStatus[] {
  const sourceSections = new Map<string, number>()
  for (const summary of summaries) if (summary.locale === report.sourceLocale) sourceSections.set(summary.page, summary.sections.filter((section) => section.level > 0).length)
  const findings = new Map<string, Diagnostic[]>()
  for (const diagnostic of report.diagnostics) {
    const key = `${diagnostic.locale}/${diagnostic.page}`
    findings.set(key, [...(findings.get(key) ?? []), diagnostic])
  }
  return report.locales.map((locale) => {
    const pages = report.pages.filter((page) => page.locale === locale && page.status !== 'orphan').map((page) => pageStatus(page, sourceSections.get(page.page) ?? 0, findings.get(`${locale}/${page.page}`) ?? []))
    const sums = sumCounts(pages)
    return {
      locale,
      ...sums,
      percent: percentOf(sums),
      pages,
      pageCounts: {
        complete: pages.filter((page) => page.status !== 'missing' && page.translated === page.total).length,
        partial: pages.filter((page) => page.status !== 'missing' && page.translated < page.total).length,
        missing: pages.filter((page) => page.status === 'missing').length
      }
    }
  })
}

function pageStatus(page: PageReport, sourceTotal: number, diagnostics: Diagnostic[]): PageStatus {
  const counts: SectionCounts = {translated: 0, outdated: 0, untranslated: 0, missing: 0, total: 0}
  if (page.status === 'missing') Object.assign(counts, {missing: sourceTotal, total: sourceTotal})
  else {
    const untranslated = new Set(diagnostics.filter((d) => untranslatedRules.has(d.rule)).map((d) => d.line))
    const outdated = new Set(diagnostics.filter((d) => d.rule === 'outdated-section' && d.severity !== 'info').map((d) => d.line))
    // A source section split over several translated ones takes the worst of their states.
    const bySource = new Map<number, SectionState>()
    for (const section of page.sections) {
      if (!section.source || section.source.level === 0) continue
      const state: SectionState = untranslated.has(section.line) ? 'untranslated' : outdated.has(section.line) ? 'outdated' : 'translated'
      const before = bySource.get(section.source.line)
      if (!before || sectionStates.indexOf(state) > sectionStates.indexOf(before)) bySource.set(section.source.line, state)
    }
    for (const state of bySource.values()) counts[state]++
    counts.missing = page.missing.filter((section) => section.level > 0).length
    counts.total = counts.translated + counts.outdated + counts.untranslated + counts.missing
  }
  const slash = page.page.lastIndexOf('/')
  return {page: page.page, folder: slash < 0 ? '' : page.page.slice(0, slash), locale: page.locale, status: page.status, file: page.file, ...counts, percent: percentOf(counts), base: page.base.commit, behind: page.behind}
}

/** Sums of section counts. */
export function sumCounts(list: SectionCounts[]): SectionCounts {
  const sums: SectionCounts = {translated: 0, outdated: 0, untranslated: 0, missing: 0, total: 0}
  for (const each of list) for (const key of [...sectionStates, 'total'] as const) sums[key] += each[key]
  return sums
}

/** Translated and up-to-date share, 0–100, rounded down; a page with no headed sections is complete unless missing. */
export function percentOf(counts: SectionCounts): number {
  return counts.total === 0 ? 100 : Math.floor((counts.translated / counts.total) * 100)
}

/** shields.io endpoint colour of a percentage. */
export function badgeColor(percent: number): string {
  return percent >= 100 ? 'brightgreen' : percent >= 90 ? 'green' : percent >= 75 ? 'yellow' : percent >= 50 ? 'orange' : 'red'
}

/** A locale's shields.io endpoint JSON (https://shields.io/badges/endpoint-badge). */
export function badgeJson(status: LocaleStatus, label: string): {schemaVersion: 1; label: string; message: string; color: string} {
  return {schemaVersion: 1, label, message: `${status.percent} %`, color: badgeColor(status.percent)}
}

/** A locale's full status for other tools: its sums and every page's counts. */
export function statusJson(status: LocaleStatus, sourceLocale: string) {
  const {locale, percent, translated, outdated, untranslated, missing, total, pageCounts, pages} = status
  return {
    schemaVersion: 1,
    sourceLocale,
    locale,
    percent,
    sections: {translated, outdated, untranslated, missing, total},
    pages: {...pageCounts, total: pages.length},
    byPage: pages.map(({page, status, file, percent, translated, outdated, untranslated, missing, total, base, behind}) => ({page, status, file, percent, sections: {translated, outdated, untranslated, missing, total}, base, behind}))
  }
}
