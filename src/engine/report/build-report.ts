import type {Alignment} from '../align/types.ts'
import {expectedPath} from '../content/expected-path.ts'
import type {ContentTree} from '../content/find-pages.ts'
import type {Convention} from '../conventions/types.ts'
import type {PageHistory} from '../history/types.ts'
import type {Diagnostic} from '../rules/types.ts'
import type {PageSummary, SectionSummary} from '../sections/types.ts'
import {version} from '../version.ts'
import {compare, sortDiagnostics} from './sort-diagnostics.ts'
import type {PageReport, Report, SectionRef} from './types.ts'

/** What `buildReport` assembles. */
export interface ReportInput {
  tree: ContentTree
  bySource: Map<string, PageSummary>
  byLocale: Map<string, Map<string, PageSummary>>
  alignments: Map<string, Alignment>
  /** Staleness per translated page, by `locale/page`. */
  history?: Map<string, PageHistory>
  diagnostics: Diagnostic[]
  /** Conventions that apply. */
  conventions?: Convention[]
  /** Keep the aligner's reasons in the report (`--explain`). */
  explain?: boolean
}

/** Assemble the JSON report (schema version 1): pages and diagnostics sorted, summary counted. */
export function buildReport(input: ReportInput): Report {
  const pages: PageReport[] = []
  for (const locale of input.tree.locales) {
    const translations = input.byLocale.get(locale)!
    const keys = [...new Set([...input.bySource.keys(), ...translations.keys()])].sort(compare)
    for (const page of keys) {
      const source = input.bySource.get(page)
      const target = translations.get(page)
      const alignment = input.alignments.get(`${locale}/${page}`)
      const report = pageReport(page, locale, source, target, alignment, input.explain === true, source ? expectedPath(source.file, input.tree, locale) : '')
      const history = input.history?.get(`${locale}/${page}`)
      if (history && source) addHistory(report, history, source)
      pages.push(report)
    }
  }
  pages.sort((a, b) => compare(a.locale, b.locale) || compare(a.page, b.page))
  const diagnostics = sortDiagnostics(input.diagnostics)
  const count = (severity: string) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length
  return {
    schemaVersion: 1,
    tool: {name: 'lockstep', version},
    root: input.tree.root,
    sourceLocale: input.tree.sourceLocale,
    locales: input.tree.locales,
    pages,
    diagnostics,
    conventions: input.conventions ?? [],
    summary: {pages: pages.length, errors: count('error'), warnings: count('warning'), infos: count('info')}
  }
}

function pageReport(page: string, locale: string, source: PageSummary | undefined, target: PageSummary | undefined, alignment: Alignment | undefined, explain: boolean, expectedFile: string): PageReport {
  const file = target?.file ?? expectedFile
  const report: PageReport = {
    page,
    locale,
    file,
    sourceFile: source?.file ?? null,
    status: !target ? 'missing' : !source ? 'orphan' : 'translated',
    coverage: 0,
    sections: [],
    missing: [],
    base: {commit: null, date: null, from: 'unknown'},
    behind: null
  }
  if (!target) return report
  const headed = (section: SectionSummary) => section.level > 0
  if (!source || !alignment) {
    report.sections = target.sections.filter(headed).map((section) => ({...ref(section), source: null}))
    return report
  }
  const primary = new Map<number, (typeof alignment.pairs)[number]>()
  for (const pair of alignment.pairs) if (!primary.has(pair.target)) primary.set(pair.target, pair)
  for (const [index, section] of target.sections.entries()) {
    if (!headed(section)) continue
    const pair = primary.get(index)
    if (!pair) {
      report.sections.push({...ref(section), source: null})
      continue
    }
    const from = source.sections[pair.source]!
    const entry = {...ref(section), id: from.level === 0 ? section.id : from.id, source: ref(from), confidence: pair.confidence}
    if (pair.relation !== 'match') Object.assign(entry, {relation: pair.relation})
    if (explain) Object.assign(entry, {reasons: pair.reasons})
    report.sections.push(entry)
  }
  report.missing = alignment.unmatchedSource.map((index) => ref(source.sections[index]!))
  const total = source.sections.filter(headed).length
  const matched = total - report.missing.filter((section) => section.level > 0).length
  report.coverage = total === 0 ? 1 : Math.round((matched / total) * 100) / 100
  return report
}

/** Add a page's base, how far behind it is, and how each aligned source section changed since. */
function addHistory(report: PageReport, history: PageHistory, source: PageSummary): void {
  report.base = history.base
  report.behind = history.behind
  const reason = history.pinError ?? history.reason
  if (reason) report.baseReason = reason
  const changes = history.changes
  if (!changes) return
  const byLine = new Map(source.sections.map((section, index) => [section.line, index]))
  for (const section of report.sections) {
    const index = section.source ? byLine.get(section.source.line) : undefined
    const change = index === undefined ? undefined : changes.sections[index]
    if (!change) continue
    section.sourceChange = change.change
    if (change.kinds.length > 0) section.changeKinds = change.kinds
  }
  for (const section of report.missing) {
    const index = byLine.get(section.line)
    const change = index === undefined ? undefined : changes.sections[index]
    if (change) section.sourceChange = change.change
  }
  if (changes.removed.length > 0) report.removedSinceBase = changes.removed.map(({title, level}) => ({title, level}))
}

function ref(section: SectionSummary): SectionRef {
  return {line: section.line, level: section.level, title: section.title, id: section.id}
}
