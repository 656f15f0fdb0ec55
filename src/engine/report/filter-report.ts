import type {Diagnostic} from '../rules/types.ts'
import {summarizeReport} from './summarize-report.ts'
import type {Report} from './types.ts'

/**
 * One page of one locale as a selector sees it: its key and the files its findings depend on
 * (the page's own file, or the path it is expected at, and its source page's file).
 * Findings that belong to no page (`page` is empty) are selected by their file alone.
 */
export interface PageSelection {
  locale: string
  page: string
  files: string[]
}

/** Decides whether a page is checked and reported (`--changed-since`, `--shard`). */
export type PageSelector = (selection: PageSelection) => boolean

/** Keep only the pages a selector accepts, with their findings; the summary is counted again. */
export function filterReport(report: Report, keep: PageSelector): Report {
  const pageFiles = new Map<string, string[]>()
  for (const page of report.pages) pageFiles.set(`${page.locale}\u0000${page.page}`, page.sourceFile === null ? [page.file] : [page.file, page.sourceFile])
  const pages = report.pages.filter((page) => keep({locale: page.locale, page: page.page, files: pageFiles.get(`${page.locale}\u0000${page.page}`)!}))
  const diagnostics = report.diagnostics.filter((diagnostic) => keep(selectionOf(diagnostic, pageFiles)))
  return {...report, pages, diagnostics, summary: summarizeReport(pages, diagnostics)}
}

/** The page a diagnostic belongs to; source pages are not in `report.pages`, so their file is the diagnostic's. */
function selectionOf(diagnostic: Diagnostic, pageFiles: Map<string, string[]>): PageSelection {
  const files = diagnostic.page === '' ? undefined : pageFiles.get(`${diagnostic.locale}\u0000${diagnostic.page}`)
  return {locale: diagnostic.locale, page: diagnostic.page, files: files ?? [diagnostic.file]}
}
