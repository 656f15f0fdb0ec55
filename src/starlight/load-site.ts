import fs from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import {buildPageDiff, check, loadConfig, type Alignment, type Config, type Diagnostic, type PageDiff, type PageHistory, type PageReport, type PageSummary, type Report} from '../engine/index.ts'
import {uiStringsKey} from './astro-integration.ts'
import {checkUiStrings, type UiStringsCoverage} from './check-ui-strings.ts'
import {uiStrings} from './i18n.ts'
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
  /** Translated pages with no source page, by locale (page keys, sorted). */
  orphans: Map<string, string[]>
  /** Completeness of the interface strings in every translation locale. */
  uiStrings: UiStringsCoverage[]
  summary(locale: string, page: string): PageSummary | undefined
  alignment(locale: string, page: string): Alignment | undefined
  pageReport(locale: string, page: string): PageReport | undefined
  diagnostics(locale: string, page: string): Diagnostic[]
  /** The translation's base and what changed in the source since (from the same check run). */
  history(locale: string, page: string): PageHistory | undefined
  /** The source's diff since the translation's base, section by section (undefined without a base). */
  pageDiff(locale: string, page: string): Promise<PageDiff | undefined>
  /** The parsed tree of a page, as the check read it. */
  tree(summary: PageSummary): Promise<Root | undefined>
  localeName(locale: string): string
  /** The page a content file is (by absolute path), if the check read it. */
  byFile(file: string): PageSummary | undefined
}

// Shared through globalThis: Astro loads the config's modules and the pages' modules in two module
// graphs of one process, and both must see the one check run.
const loading: Map<string, Promise<Site>> = ((globalThis as Record<symbol, Map<string, Promise<Site>>>)[Symbol.for('lockstep.sites')] ??= new Map())

const loaded: Map<string, Site> = ((globalThis as Record<symbol, Map<string, Site>>)[Symbol.for('lockstep.loadedSites')] ??= new Map())

const rootKey = Symbol.for('lockstep.root')

/** The folder the site is built from: the plugin's `root`, else `LOCKSTEP_ROOT`, else the working directory. */
export function siteRoot(): string {
  const chosen = (globalThis as Record<symbol, string | undefined>)[rootKey]
  if (chosen) return chosen
  return process.env.LOCKSTEP_ROOT ? path.resolve(process.env.LOCKSTEP_ROOT) : process.cwd()
}

/** Set the folder every part of the site (config, Markdown pipeline, pages) reads the check of. */
export function setSiteRoot(root: string): void {
  ;(globalThis as Record<symbol, string>)[rootKey] = root
}

/**
 * Run the check once per build and folder (every Astro page shares the result). The folder is
 * `LOCKSTEP_ROOT` when set (build another project's content: `LOCKSTEP_ROOT=../docs astro build`),
 * else the working directory; its Lockstep config says where the content is.
 */
export function loadSite(cwd = siteRoot(), overrides?: Record<string, unknown>): Promise<Site> {
  let site = loading.get(cwd)
  if (!site) {
    site = build(cwd, overrides)
    site.then((each) => loaded.set(cwd, each), () => {})
    loading.set(cwd, site)
  }
  return site
}

/** The site of a folder once `loadSite` has finished loading it, for synchronous callers (a Markdown parser); undefined before. */
export function loadedSite(cwd = siteRoot()): Site | undefined {
  return loaded.get(cwd)
}

async function build(start: string, overrides?: Record<string, unknown>): Promise<Site> {
  const {config, cwd} = await loadConfig({cwd: start, ...(overrides ? {overrides} : {})})
  // With the CLI's caches (`.lockstep-cache/`): a rebuild re-reads and re-checks only what changed,
  // and gives exactly the report of a run without them.
  const {report, summaries, alignments, history} = await check({config, cwd, keepBaseText: true, cacheDir: path.join(cwd, '.lockstep-cache')})
  const key = (locale: string, page: string) => `${locale}/${page}`
  const byKey = new Map(summaries.map((summary) => [key(summary.locale, summary.page), summary]))
  const byPath = new Map(summaries.map((summary) => [path.resolve(cwd, summary.file), summary]))
  const reports = new Map(report.pages.map((page) => [key(page.locale, page.page), page]))
  const findings = new Map<string, Diagnostic[]>()
  for (const diagnostic of report.diagnostics) {
    const id = key(diagnostic.locale, diagnostic.page)
    const list = findings.get(id) ?? []
    list.push(diagnostic)
    findings.set(id, list)
  }
  const pages = [...new Set(summaries.filter((summary) => summary.locale === report.sourceLocale).map((summary) => summary.page))].sort()
  const orphans = new Map<string, string[]>()
  for (const page of report.pages) if (page.status === 'orphan') orphans.set(page.locale, [...(orphans.get(page.locale) ?? []), page.page])
  const locales = [report.sourceLocale, ...report.locales]
  const ui = checkUiStrings(uiStrings, locales)
  // For the build log (astro-integration.ts), which runs in the same process.
  ;(globalThis as Record<symbol, unknown>)[uiStringsKey] = ui
  const trees = new Map<string, Promise<Root | undefined>>()
  const texts = new Map<string, Promise<string>>()
  const text = (file: string) => {
    let read = texts.get(file)
    if (!read) {
      read = fs.readFile(path.join(cwd, file), 'utf8')
      texts.set(file, read)
    }
    return read
  }
  const diffs = new Map<string, Promise<PageDiff | undefined>>()
  const allLocales = new Set(locales)
  const pageDiff = async (locale: string, page: string): Promise<PageDiff | undefined> => {
    const source = byKey.get(key(report.sourceLocale, page))
    const target = byKey.get(key(locale, page))
    const alignment = alignments.get(key(locale, page))
    const pageHistory = history.get(key(locale, page))
    if (!source || !target || !alignment || !pageHistory?.base.commit) return undefined
    const [sourceText, targetText] = await Promise.all([text(source.file), text(target.file)])
    return buildPageDiff({config, locales: allLocales, source, target, alignment, history: pageHistory, sourceText, targetText})
  }
  return {
    config,
    cwd,
    report,
    sourceLocale: report.sourceLocale,
    locales,
    pages,
    orphans,
    uiStrings: ui,
    summary: (locale, page) => byKey.get(key(locale, page)),
    alignment: (locale, page) => alignments.get(key(locale, page)),
    pageReport: (locale, page) => reports.get(key(locale, page)),
    diagnostics: (locale, page) => findings.get(key(locale, page)) ?? [],
    history: (locale, page) => history.get(key(locale, page)),
    pageDiff(locale, page) {
      let diff = diffs.get(key(locale, page))
      if (!diff) {
        diff = pageDiff(locale, page)
        diffs.set(key(locale, page), diff)
      }
      return diff
    },
    tree(summary) {
      let tree = trees.get(summary.file)
      if (!tree) {
        tree = fs.readFile(path.join(cwd, summary.file)).then((bytes) => parsePage(bytes, {path: summary.file, mdx: summary.file.endsWith('.mdx'), config, directives: true}).tree)
        trees.set(summary.file, tree)
      }
      return tree
    },
    localeName: (locale) => config.localeNames[locale] ?? locale,
    byFile: (file) => byPath.get(path.resolve(file))
  }
}
