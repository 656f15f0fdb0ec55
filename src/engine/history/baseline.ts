import {UsageError} from '../errors.ts'
import {findingId, findingKey, type FindingKey} from '../report/finding-key.ts'
import {compare} from '../report/sort-diagnostics.ts'
import {sourceSections} from '../report/source-sections.ts'
import {summarizeReport} from '../report/summarize-report.ts'
import type {Report} from '../report/types.ts'

/** A baseline file: the findings a site accepted, so CI reports only new ones. */
export interface Baseline {
  version: 1
  /** Accepted findings; `count` when the same finding occurs more than once on a page. */
  entries: Array<FindingKey & {count?: number}>
}

/** What `applyBaseline` returns: the report with accepted findings removed, and what was fixed. */
export interface BaselineResult {
  report: Report
  /** Baseline entries (counting repeats) no longer found. */
  fixed: number
  /** Findings the baseline accepted and left out of the report. */
  accepted: number
}

/** Record a report's findings as a baseline, keyed without line numbers (see `findingKey`). */
export function createBaseline(report: Report): Baseline {
  const counts = countKeys(report)
  const entries = [...counts.values()].map(({key, count}) => (count === 1 ? key : {...key, count}))
  entries.sort((a, b) => compare(findingId(a), findingId(b)))
  return {version: 1, entries}
}

/**
 * Leave out of a report the findings its baseline accepted; count the entries that are now fixed.
 *
 * Findings match their entry exactly first. A finding left over then matches a left-over entry of
 * the same rule, page and source section whatever its message: messages name neighbouring sections
 * (“belongs after …”), so removing one section rewords its neighbour's old finding.
 */
export function applyBaseline(report: Report, baseline: Baseline): BaselineResult {
  const exact = new Map<string, number>()
  const loose = new Map<string, number>()
  for (const entry of baseline.entries) {
    exact.set(findingId(entry), (exact.get(findingId(entry)) ?? 0) + (entry.count ?? 1))
    if (entry.section !== '') loose.set(looseId(entry), (loose.get(looseId(entry)) ?? 0) + (entry.count ?? 1))
  }
  const titleOf = sourceSections(report)
  const keys = report.diagnostics.map((diagnostic) => findingKey(diagnostic, titleOf(diagnostic)))
  const accepted = new Set<number>()
  const take = (counts: Map<string, number>, id: string) => {
    const remaining = counts.get(id) ?? 0
    if (remaining > 0) counts.set(id, remaining - 1)
    return remaining > 0
  }
  for (const [index, key] of keys.entries()) {
    if (!take(exact, findingId(key))) continue
    accepted.add(index)
    if (key.section !== '') take(loose, looseId(key))
  }
  for (const [index, key] of keys.entries()) {
    if (accepted.has(index) || key.section === '' || !take(loose, looseId(key))) continue
    accepted.add(index)
    // The reworded entry is used up too, so it is not also counted as fixed.
    const entry = baseline.entries.find((each) => looseId(each) === looseId(key) && (exact.get(findingId(each)) ?? 0) > 0)
    if (entry) take(exact, findingId(entry))
  }
  const diagnostics = report.diagnostics.filter((_, index) => !accepted.has(index))
  const fixed = [...exact.values()].reduce((sum, count) => sum + count, 0)
  return {report: {...report, diagnostics, summary: summarizeReport(report.pages, diagnostics)}, fixed, accepted: accepted.size}
}

function looseId(key: FindingKey): string {
  return [key.rule, key.locale, key.page, key.section].join('\u0000')
}

/** Read a baseline from its JSON text; throws `BaselineError` when it is not one. */
export function parseBaseline(text: string): Baseline {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BaselineError(`Baseline is not JSON: ${(error as Error).message}`)
  }
  const baseline = value as Partial<Baseline> | null
  if (typeof baseline !== 'object' || baseline === null || baseline.version !== 1 || !Array.isArray(baseline.entries)) {
    throw new BaselineError('Not a Lockstep baseline of version 1 (expected `{"version": 1, "entries": […]}`)')
  }
  for (const entry of baseline.entries) {
    const fields = ['rule', 'locale', 'page', 'section', 'message'] as const
    if (typeof entry !== 'object' || entry === null || fields.some((field) => typeof entry[field] !== 'string')) throw new BaselineError(`Invalid baseline entry: ${JSON.stringify(entry)}`)
  }
  return baseline as Baseline
}

/** A baseline file that cannot be read as one (a usage error: exit 2). */
export class BaselineError extends UsageError {
  override name = 'BaselineError'
}

function countKeys(report: Report) {
  const titleOf = sourceSections(report)
  const counts = new Map<string, {key: FindingKey; count: number}>()
  for (const diagnostic of report.diagnostics) {
    const key = findingKey(diagnostic, titleOf(diagnostic))
    const id = findingId(key)
    const entry = counts.get(id)
    if (entry) entry.count++
    else counts.set(id, {key, count: 1})
  }
  return counts
}
