import type {Diagnostic} from '../rules/types.ts'
import {neutralize} from './neutralize.ts'
import {escapeMarkdown} from './escape-markdown.ts'
import {hasHistory, outdatedPages} from './outdated-pages.ts'
import type {PageReport, Report} from './types.ts'
import {plural} from './plural.ts'

/** Options of `formatMarkdown`. */
export interface MarkdownOptions {
  /** Prefix of file links, e.g. `https://github.com/o/r/blob/<sha>/`; links are relative without it. */
  linkBase?: string
  /** Rows per locale before the table is cut with a count of the rest. */
  maxRows?: number
  /** Rows in all tables together: a comment must stay well under GitHub's 65,536 characters. */
  maxTotalRows?: number
  /** Section titles listed per page before `+N more`. */
  maxSections?: number
  /** Lines added under the heading (e.g. baseline or changed-pages notes); escaped. */
  notes?: string[]
}

/** Rules that say a translation fell behind a changed source, rather than being incomplete. */
const outdatedRules = new Set(['extra-section', 'heading-level', 'section-order', 'link-target', 'code-mismatch', 'shortcode-mismatch', 'frontmatter-mismatch'])

/**
 * A pull-request summary: totals, then per locale a table of the pages that need work (sections
 * to translate, outdated and untranslated counts, errors and warnings, a link to the file).
 * Everything that comes from pages is escaped, so a heading cannot inject Markdown, HTML or mentions.
 */
export function formatMarkdown(given: Report, rawOptions: MarkdownOptions = {}): string {
  // Strings from pages, pins, file names and git lose their control characters (`neutralize`).
  const report = neutralize(given)
  const options = neutralize(rawOptions)
  const maxRows = options.maxRows ?? 25
  let budget = options.maxTotalRows ?? 100
  const {errors, warnings, infos} = report.summary
  const lines = ['## Lockstep: translation drift', '', `**${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}** in ${plural(report.summary.pages, 'page')} of ${plural(report.locales.length, 'locale')}.`]
  for (const note of options.notes ?? []) lines.push('', escapeMarkdown(note))
  const byPage = new Map<string, Diagnostic[]>()
  for (const diagnostic of report.diagnostics) {
    const key = `${diagnostic.locale}\u0000${diagnostic.page}`
    byPage.set(key, [...(byPage.get(key) ?? []), diagnostic])
  }
  const withHistory = hasHistory(report)
  for (const locale of report.locales) {
    const pages = report.pages.filter((page) => page.locale === locale)
    if (pages.length === 0) continue
    const rows = pages.map((page) => ({page, diagnostics: byPage.get(`${locale}\u0000${page.page}`) ?? []})).filter(needsWork)
    const translated = pages.filter((page) => page.status !== 'missing').length
    // Outdated since their base: only when the history is known, so a report without it reads as before.
    const outdated = withHistory && hasHistory(report, locale) ? `, ${outdatedPages(report, locale).size} outdated since their base` : ''
    lines.push('', `### ${escapeMarkdown(locale)}: ${translated}/${pages.length} pages translated${outdated}, ${rows.length === 0 ? 'all in step' : `${plural(rows.length, 'page')} to update`}`)
    if (rows.length === 0) continue
    if (budget <= 0) {
      lines.push('', `${plural(rows.length, 'page')} not listed to keep this comment short (see the full report).`)
      continue
    }
    lines.push('', '| Page | Sections to translate | Outdated | Untranslated | Errors | Warnings |', '| --- | --- | ---: | ---: | ---: | ---: |')
    const shown = rows.slice(0, Math.max(0, Math.min(maxRows, budget)))
    budget -= shown.length
    for (const {page, diagnostics} of shown) lines.push(row(page, diagnostics, options))
    if (rows.length > shown.length) lines.push('', `…and ${plural(rows.length - shown.length, 'more page')} (see the full report).`)
  }
  const loose = report.diagnostics.filter((diagnostic) => diagnostic.page === '' || !report.locales.includes(diagnostic.locale))
  if (loose.length > 0) lines.push('', `Plus ${plural(loose.length, 'finding')} on source pages or the content folder (see the full report).`)
  return lines.join('\n') + '\n'
}

function needsWork({page, diagnostics}: {page: PageReport; diagnostics: Diagnostic[]}): boolean {
  return page.status === 'missing' || page.missing.length > 0 || diagnostics.some((diagnostic) => diagnostic.severity !== 'info')
}

function row(page: PageReport, diagnostics: Diagnostic[], options: MarkdownOptions): string {
  const maxSections = options.maxSections ?? 3
  // Infos are hints to review, not work to do: they count in no column.
  const count = (test: (diagnostic: Diagnostic) => boolean) => String(diagnostics.filter((diagnostic) => diagnostic.severity !== 'info' && test(diagnostic)).length)
  let sections = '—'
  if (page.status === 'missing') sections = 'whole page'
  else if (page.missing.length > 0) {
    const titles = page.missing.slice(0, maxSections).map((section) => (section.level === 0 ? 'introduction' : escapeMarkdown(section.title)))
    if (page.missing.length > maxSections) titles.push(`+${page.missing.length - maxSections} more`)
    sections = titles.join(', ')
  }
  const link = `[${escapeMarkdown(page.page)}](${linkTarget(page.file, options.linkBase)})`
  return `| ${link} | ${sections} | ${count((diagnostic) => outdatedRules.has(diagnostic.rule) || diagnostic.rule.startsWith('outdated-'))} | ${count((diagnostic) => diagnostic.rule.startsWith('untranslated-'))} | ${count((diagnostic) => diagnostic.severity === 'error')} | ${count((diagnostic) => diagnostic.severity === 'warning')} |`
}

/** A link target for a file path: percent-encoded so a file name cannot close the link or add a title. */
function linkTarget(file: string, base = ''): string {
  return base + file.split('/').map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')
}
