import type {Diagnostic} from '../rules/types.ts'
import {conventionLines} from './convention-lines.ts'
import {neutralize} from './neutralize.ts'
import {hasHistory, outdatedPages} from './outdated-pages.ts'
import {pageHistoryLines, unknownHistoryNotes, type PageHistoryLines} from './page-history-lines.ts'
import {compare} from './sort-diagnostics.ts'
import type {Report} from './types.ts'
import {plural} from './plural.ts'
import {printable} from './printable.ts'

/** Options of `formatText`. */
export interface TextOptions {
  /** Colour with ANSI escapes (a terminal). */
  color?: boolean
  /** Print each page's section alignment and why sections were paired. */
  explain?: boolean
  /** Lines after the total (e.g. how many baseline entries are fixed). */
  notes?: string[]
}

/**
 * The human report: findings grouped by locale and file as `line:col  severity  message  rule`,
 * then a table per locale (pages, sections matched, errors, warnings) and a total. Text from the
 * pages (titles in messages) has its control characters shown as U+FFFD: a page cannot send
 * escape codes to the terminal.
 */
export function formatText(given: Report, rawOptions: TextOptions = {}): string {
  // Strings from pages, pins, file names and git lose their control characters (`neutralize`).
  const report = neutralize(given)
  const options = neutralize(rawOptions)
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[0m` : text)
  const severityColor = {error: '31', warning: '33', info: '36'} as const
  const lines: string[] = []
  const groups = new Map<string, Map<string, Diagnostic[]>>()
  const group = (locale: string, file: string) => {
    let files = groups.get(locale)
    if (!files) groups.set(locale, (files = new Map()))
    let list = files.get(file)
    if (!list) files.set(file, (list = []))
    return list
  }
  for (const diagnostic of report.diagnostics) group(diagnostic.locale || '(content)', diagnostic.file).push(diagnostic)
  // A page behind its source gets a block even without findings: its history is news to its translator.
  const history = new Map<string, PageHistoryLines>()
  for (const page of report.pages) {
    const lines = pageHistoryLines(page, report.sourceLocale)
    if (!lines) continue
    history.set(page.file, lines)
    if ((page.behind ?? 0) > 0 || lines.changes.length > 0) group(page.locale, page.file)
  }
  for (const locale of [...groups.keys()].sort(compare)) {
    lines.push(paint('1', `── ${locale} ──`))
    for (const [file, list] of [...groups.get(locale)!].sort((a, b) => compare(a[0], b[0]))) {
      lines.push(paint('4', printable(file)))
      const pageHistory = history.get(file)
      if (pageHistory) lines.push(`  ${paint('2', printable(pageHistory.base))}`, ...pageHistory.changes.map((line) => `  ${paint('33', printable(line))}`))
      const width = Math.max(...list.map((diagnostic) => `${diagnostic.line}:${diagnostic.column}`.length))
      for (const diagnostic of list) {
        const place = `${diagnostic.line}:${diagnostic.column}`.padEnd(width)
        const severity = paint(severityColor[diagnostic.severity], diagnostic.severity.padEnd(7))
        lines.push(`  ${place}  ${severity}  ${printable(diagnostic.message)}  ${paint('2', diagnostic.rule)}`)
      }
      lines.push('')
    }
  }

  if (options.explain) lines.push(...explainLines(report).map(printable), '')

  const withHistory = hasHistory(report)
  const rows = [['locale', 'pages', 'sections matched', ...(withHistory ? ['outdated'] : []), 'errors', 'warnings']]
  for (const locale of report.locales) {
    const pages = report.pages.filter((page) => page.locale === locale)
    const translated = pages.filter((page) => page.status !== 'missing')
    let matched = 0
    let total = 0
    for (const page of translated) {
      if (page.status !== 'translated') continue
      const sourceCount = page.sections.filter((section) => section.source !== null).length + page.missing.filter((section) => section.level > 0).length
      total += sourceCount
      matched += sourceCount - page.missing.filter((section) => section.level > 0).length
    }
    const diagnostics = report.diagnostics.filter((diagnostic) => diagnostic.locale === locale)
    rows.push([
      locale,
      `${translated.length}/${pages.length}`,
      `${matched}/${total}`,
      // `?` for a locale whose history is unknown: none of its pages can be counted outdated.
      ...(withHistory ? [hasHistory(report, locale) ? String(outdatedPages(report, locale).size) : '?'] : []),
      String(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length),
      String(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length)
    ])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  for (const [index, row] of rows.entries()) {
    const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
    lines.push(index === 0 ? paint('1', line) : line)
  }
  const {errors, warnings, infos} = report.summary
  lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`)
  const conventions = report.conventions ?? []
  if (conventions.length > 0) {
    const findings = conventions.reduce((sum, convention) => sum + convention.findings, 0)
    lines.push(`Site conventions (${plural(findings, 'finding')} left out; \`lockstep conventions\` lists every candidate):`, ...conventionLines(conventions).map((line) => `  ${printable(line)}`))
  }
  lines.push(...unknownHistoryNotes(report.pages), ...(options.notes ?? []))
  return lines.join('\n') + '\n'
}

function explainLines(report: Report): string[] {
  const lines: string[] = []
  for (const page of report.pages) {
    if (page.status !== 'translated') continue
    lines.push(`${page.file}  (coverage ${Math.round(page.coverage * 100)}%)`)
    for (const section of page.sections) {
      const head = `  L${section.line} ${'#'.repeat(section.level)} ${section.title}`
      if (!section.source) {
        lines.push(`${head}  ← (no counterpart)`)
        continue
      }
      lines.push(`${head}  ← L${section.source.line} ${'#'.repeat(section.source.level)} ${section.source.title}  [${section.confidence?.toFixed(2)}${section.relation ? `, ${section.relation}` : ''}]`)
      for (const reason of section.reasons ?? []) lines.push(`      ${reason}`)
    }
    for (const missing of page.missing) lines.push(`  (missing) ← L${missing.line} ${'#'.repeat(missing.level)} ${missing.title}`)
  }
  return lines
}
