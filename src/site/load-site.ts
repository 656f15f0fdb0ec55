import fs from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import {check, loadConfig, type Alignment, type Config, type Diagnostic, type PageReport, type PageSummary, type Report} from '../engine/index.ts'
import {parsePage} from './parse-page.ts'

/** Everything the site is built from: the check's report and the summaries and alignments behind it. */
export interface Site {
  config: Config
  /** Folder the config and the report's paths resolve from. */
  cwd: string
  report: Report
  sourceLocale: string
  /** Every locale, source first. */
  locales: string[]
  /** Page keys of the source locale, sorted. */
  pages: string[]
  summary(locale: string, page: string): PageSummary | undefined
  alignment(locale: string, page: string): Alignment | undefined
  pageReport(locale: string, page: string): PageReport | undefined
  diagnostics(locale: string, page: string): Diagnostic[]
  /** The parsed tree of a page, as the check read it. */
  tree(summary: PageSummary): Promise<Root | undefined>
  localeName(locale: string): string
}

const loading = new Map<string, Promise<Site>>()

/** Run the check once per build and folder (every Astro page shares the result). */
export function loadSite(cwd = process.cwd()): Promise<Site> {
  let site = loading.get(cwd)
  if (!site) {
    site = build(cwd)
    loading.set(cwd, site)
  }
  return site
}

async function build(start: string): Promise<Site> {
  const {config, cwd} = await loadConfig({cwd: start})
  const {report, summaries, alignments} = await check({config, cwd})
  const key = (locale: string, page: string) => `${locale}/${page}`
  const byKey = new Map(summaries.map((summary) => [key(summary.locale, summary.page), summary]))
  const reports = new Map(report.pages.map((page) => [key(page.locale, page.page), page]))
  const findings = new Map<string, Diagnostic[]>()
  for (const diagnostic of report.diagnostics) {
    const id = key(diagnostic.locale, diagnostic.page)
    const list = findings.get(id) ?? []
    list.push(diagnostic)
    findings.set(id, list)
  }
  const pages = [...new Set(summaries.filter((summary) => summary.locale === report.sourceLocale).map((summary) => summary.page))].sort()
  const trees = new Map<string, Promise<Root | undefined>>()
  return {
    config,
    cwd,
    report,
    sourceLocale: report.sourceLocale,
    locales: [report.sourceLocale, ...report.locales],
    pages,
    summary: (locale, page) => byKey.get(key(locale, page)),
    alignment: (locale, page) => alignments.get(key(locale, page)),
    pageReport: (locale, page) => reports.get(key(locale, page)),
    diagnostics: (locale, page) => findings.get(key(locale, page)) ?? [],
    tree(summary) {
      let tree = trees.get(summary.file)
      if (!tree) {
        tree = fs.readFile(path.join(cwd, summary.file)).then((bytes) => parsePage(bytes, {path: summary.file, mdx: summary.file.endsWith('.mdx'), config}).tree)
        trees.set(summary.file, tree)
      }
      return tree
    },
    localeName: (locale) => config.localeNames[locale] ?? locale
  }
}
