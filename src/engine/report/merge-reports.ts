import {UsageError} from '../errors.ts'
import type {Diagnostic} from '../rules/types.ts'
import {compare, sortDiagnostics} from './sort-diagnostics.ts'
import {summarizeReport} from './summarize-report.ts'
import type {PageReport, Report} from './types.ts'

/**
 * Combine JSON reports of shards (or of separate locale runs) into the report one run would have
 * given: pages and diagnostics sorted as `buildReport` sorts them, the summary counted again.
 * A page or finding present in several reports (source pages in per-locale runs) is kept once.
 */
export function mergeReports(reports: readonly Report[]): Report {
  const first = reports[0]
  if (!first) throw new UsageError('No reports to merge')
  for (const report of reports) {
    if (report.schemaVersion !== 1) throw new UsageError(`Cannot merge a report of schema version ${String(report.schemaVersion)}`)
    for (const key of ['root', 'sourceLocale'] as const) {
      if (report[key] !== first[key]) throw new UsageError(`Reports differ in \`${key}\`: \`${first[key]}\` and \`${report[key]}\``)
    }
    if (report.tool.version !== first.tool.version) throw new UsageError(`Reports come from different Lockstep versions: ${first.tool.version} and ${report.tool.version}`)
  }
  const pages = new Map<string, PageReport>()
  for (const report of reports) for (const page of report.pages) if (!pages.has(`${page.locale}\u0000${page.page}`)) pages.set(`${page.locale}\u0000${page.page}`, page)
  const pageList = [...pages.values()].sort((a, b) => compare(a.locale, b.locale) || compare(a.page, b.page))
  const diagnostics = sortDiagnostics(unionOfDiagnostics(reports))
  const locales = [...new Set(reports.flatMap((report) => report.locales))].sort(compare)
  return {
    schemaVersion: 1,
    tool: first.tool,
    root: first.root,
    sourceLocale: first.sourceLocale,
    locales,
    pages: pageList,
    diagnostics,
    conventions: unionOfConventions(reports),
    summary: summarizeReport(pageList, diagnostics)
  }
}

/** Each convention once, with the most support any report saw (reports older than conventions have none). */
function unionOfConventions(reports: readonly Report[]): Report['conventions'] {
  const best = new Map<string, Report['conventions'][number]>()
  for (const report of reports) for (const convention of report.conventions ?? []) if ((best.get(convention.id)?.pages ?? -1) < convention.pages) best.set(convention.id, convention)
  return [...best.values()].sort((a, b) => b.pages - a.pages || compare(a.id, b.id))
}

/** Multiset union: a finding that occurs n times in one report and n times in another is kept n times. */
function unionOfDiagnostics(reports: readonly Report[]): Diagnostic[] {
  const most = new Map<string, {diagnostic: Diagnostic; count: number}>()
  for (const report of reports) {
    const counts = new Map<string, number>()
    for (const diagnostic of report.diagnostics) {
      const key = JSON.stringify(diagnostic)
      const count = (counts.get(key) ?? 0) + 1
      counts.set(key, count)
      const entry = most.get(key)
      if (!entry) most.set(key, {diagnostic, count})
      else entry.count = Math.max(entry.count, count)
    }
  }
  return [...most.values()].flatMap(({diagnostic, count}) => Array.from({length: count}, () => diagnostic))
}
