import {createHash} from 'node:crypto'
import {alignSections} from './align/align-sections.ts'
import type {Alignment} from './align/types.ts'
import {ResultCache} from './cache/result-cache.ts'
import type {Config} from './config/schema.ts'
import {expectedPath} from './content/expected-path.ts'
import {findPages, type ContentTree, type PageFile} from './content/find-pages.ts'
import {createSummaryPool, type SummaryPool} from './content/summary-pool.ts'
import {openHistory, readHistory, type OpenedHistory} from './history/read-history.ts'
import type {PageHistory} from './history/types.ts'
import {cacheKey, summarizeFiles} from './content/summarize-files.ts'
import {buildReport} from './report/build-report.ts'
import {filterReport, type PageSelector} from './report/filter-report.ts'
import type {Report} from './report/types.ts'
import {runRules} from './rules/index.ts'
import type {Diagnostic, LanguageVerdict, RuleContext} from './rules/types.ts'
import {pageUrlOf} from './sections/normalize-link.ts'
import type {PageSummary} from './sections/types.ts'
import {functionWords} from './text/function-words.ts'
import type {isSourceLanguage} from './text/is-source-language.ts'
import {languageOfLocale} from './text/language-of-locale.ts'

type IsSourceLanguage = typeof isSourceLanguage

/** Options of `check`. */
export interface CheckOptions {
  config: Config
  /** Folder the content path resolves from; paths in the report are relative to it. */
  cwd: string
  /** Content folder; defaults to `config.contentDir`. */
  contentDir?: string
  /** Only these translation locales. */
  locales?: string[]
  /** Reads summaries of pages (e.g. from a cache or workers); defaults to parsing in this thread. */
  summarize?: (files: PageFile[], locales: ReadonlySet<string>) => Promise<PageSummary[]>
  /** Keep the aligner's reasons for each pair in the report. */
  explain?: boolean
  /** Folder for caches of page summaries and per-page results; no cache when absent. */
  cacheDir?: string
  /**
   * Run rules only on the pages this accepts (`--changed-since`, `--shard`); every page is still
   * read and aligned, since links are checked against other pages. Filter the report with the same
   * selector (`filterReport`) to drop the skipped pages' entries.
   */
  only?: PageSelector
  /** Keep each translation's source text at its base in `history` (for `buildPageDiff`; the site's English diffs). */
  keepBaseText?: boolean
  /** Called as pages are read and checked. */
  onProgress?: (done: number, total: number) => void
  /** Told about problems of the run itself that lose no finding (a worker thread that failed). */
  onWarning?: (message: string) => void
  /** Longest a parser thread may take over one page, in ms (default 60,000); see `CheckResult.skipped`. */
  pageTimeoutMs?: number
}

/** The outcome of a check: the report, and the summaries and alignments behind it. */
export interface CheckResult {
  report: Report
  summaries: PageSummary[]
  /** Alignment of each translated page, by `locale/page`. */
  alignments: Map<string, Alignment>
  /** Staleness of each translated page from git history, by `locale/page`. */
  history: Map<string, PageHistory>
  /**
   * Pages the run could not read in time (a problem of the run, not of the page): they and their
   * counterparts are left out of the report, and links into them are not checked.
   */
  skipped: Array<{file: string; reason: string}>
  /** What the run did beyond its caches. */
  stats: {
    /** Pages (of every locale) whose rules ran; the others' findings came from the cache. */
    pagesChecked: number
    /** Whether the language model was loaded (only when a translated page's rules ran). */
    languageModel: boolean
  }
}

/**
 * Check a content tree: read every page of every locale into sections, align each
 * translation to its source page, and run the drift rules.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const {config, cwd} = options
  const tree = await findPages({
    root: options.contentDir ?? config.contentDir,
    cwd,
    sourceLocale: config.sourceLocale,
    layout: config.layout,
    locales: options.locales ?? config.locales,
    ignores: config.ignores
  })
  const allLocales = new Set([tree.sourceLocale, ...tree.locales])
  const contentDir = options.contentDir ?? config.contentDir
  // Git's part of the history stage needs no page: it runs while the pages are parsed.
  const opened = openHistory({config, cwd, contentDir})
  // One pool of parser threads for both stages: the source pages at the bases parse on warm threads.
  const pool = options.summarize ? undefined : createSummaryPool({config, locales: allLocales, onWarning: options.onWarning, pageTimeoutMs: options.pageTimeoutMs})
  try {
    return await checkTree({options, tree, allLocales, opened, pool})
  } finally {
    await pool?.close()
  }
}

/** The check once its tree is found: parse, align, read history, run the rules, report. */
async function checkTree({options, tree, allLocales, opened, pool}: {options: CheckOptions; tree: ContentTree; allLocales: Set<string>; opened: Promise<OpenedHistory>; pool: SummaryPool | undefined}): Promise<CheckResult> {
  const {config, cwd} = options
  const summaries = await (options.summarize ?? summarizeFiles({config, cacheDir: options.cacheDir, onProgress: options.onProgress, pool}))(tree.files, allLocales)
  const skipped = summaries.filter((summary) => summary.skipped !== undefined).map((summary) => ({file: summary.file, reason: summary.skipped!}))
  const skippedFiles = new Set(skipped.map((each) => each.file))
  // A page pair with a skipped side is left out like a page outside `only`.
  const only: PageSelector | undefined =
    skipped.length === 0 ? options.only : (selection) => !selection.files.some((file) => skippedFiles.has(file)) && (options.only?.(selection) ?? true)

  const bySource = new Map<string, PageSummary>()
  const byLocale = new Map<string, Map<string, PageSummary>>(tree.locales.map((locale) => [locale, new Map()]))
  for (const summary of summaries) {
    if (summary.locale === tree.sourceLocale) bySource.set(summary.page, summary)
    else byLocale.get(summary.locale)?.set(summary.page, summary)
  }
  const sourceFrontmatterKeys = new Set<string>()
  for (const summary of bySource.values()) for (const key of Object.keys(summary.frontmatter ?? {})) sourceFrontmatterKeys.add(key)

  const anchorIndex = new Map<string, Set<string>>()
  for (const summary of summaries) if (!summary.skipped) anchorIndex.set(`${summary.locale}\u0000${pageUrlOf(summary.page)}`, new Set(summary.anchors))
  const anchorsOf = (locale: string, url: string) => anchorIndex.get(`${locale}\u0000${url}`)

  const diagnostics: Diagnostic[] = tree.problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.ruleId === 'parse-error' ? 'error' : 'warning',
    locale: '',
    page: '',
    file: problem.file,
    line: 1,
    column: 1,
    message: problem.message,
    url: `${config.docsUrl}${problem.ruleId}.md`
  }))
  const cache = await ResultCache.load(options.cacheDir, cacheKey(config, allLocales))
  const hashes = (source: PageSummary | undefined, target: PageSummary | undefined) => `${source?.hash ?? '-'}:${target?.hash ?? '-'}`

  // Align every page first: a link's fragment into another translated page is compared through
  // that page's alignment (`#nebenbemerkungen` in German is `#asides` in English).
  const alignments = new Map<string, Alignment>()
  const sourceIds = new Map<string, Map<string, string>>()
  for (const locale of tree.locales) {
    for (const [page, target] of byLocale.get(locale)!) {
      const source = bySource.get(page)
      if (!source || source.failed || target.failed) continue
      const id = `${locale}/${page}`
      const cached = cache.entries.get(id)
      const alignment = cached?.alignmentKey === hashes(source, target) && cached.alignment ? cached.alignment : alignSections(source.sections, target.sections)
      alignments.set(id, alignment)
      const ids = new Map<string, string>()
      for (const pair of alignment.pairs) {
        if (pair.source === 0) continue
        const from = source.sections[pair.source]!
        const to = target.sections[pair.target]!
        for (const own of [to.slug, to.explicitId]) if (own !== undefined && own !== '') ids.set(own, from.id)
      }
      sourceIds.set(`${locale}\u0000${pageUrlOf(page)}`, ids)
    }
  }
  const sourceFragment = (locale: string, url: string, fragment: string) => sourceIds.get(`${locale}\u0000${url}`)?.get(fragment) ?? fragment
  const history = await readHistory({
    config,
    cwd,
    contentDir: options.contentDir ?? config.contentDir,
    locales: allLocales,
    opened,
    ...(pool ? {summarize: pool.summarize} : {}),
    keepText: options.keepBaseText === true,
    ...(options.cacheDir ? {cacheDir: options.cacheDir, cacheKey: cacheKey(config, allLocales)} : {}),
    requests: [...alignments.keys()].map((id) => {
      const [locale, page] = splitId(id)
      return {id, source: bySource.get(page)!, target: byLocale.get(locale)!.get(page)!}
    })
  })
  // Nothing is parsed after this: the threads' heaps go before the language model loads.
  await pool?.close()
  const base = {config, sourceLocale: tree.sourceLocale, sourceFrontmatterKeys, anchorsOf, sourceFragment, locales: allLocales}

  // What a page's findings depend on beyond its own two files: the ids of the pages it links to.
  const dependencyKeys = new Map<PageSummary, string>()
  const dependencies = (summary: PageSummary, locale: string) => {
    const known = dependencyKeys.get(summary)
    if (known !== undefined) return known
    const paths = new Set<string>()
    for (const section of summary.sections) for (const link of section.links) if (link.target.startsWith('/')) paths.add(link.target.split('#')[0]!)
    let key = ''
    for (const url of [...paths].sort()) {
      for (const each of new Set([locale, tree.sourceLocale])) {
        const anchors = anchorIndex.get(`${each}\u0000${url}`)
        if (anchors) key += `${each}${url}:${[...anchors].join(',')};`
        const ids = sourceIds.get(`${each}\u0000${url}`)
        if (ids) key += `${[...ids].join(',')};`
      }
    }
    const hash = createHash('sha1').update(key).digest('hex')
    dependencyKeys.set(summary, hash)
    return hash
  }
  const seen = new Set<string>()
  // The language model takes a fifth of a second and 150 MB to load: only when a page is checked.
  // The history findings change when the base or the commits since it do, not only the files.
  const diagnosticsKeyOf = (id: string, source: PageSummary | undefined, target: PageSummary | undefined) =>
    `${hashes(source, target)}:${target ? dependencies(target, target.locale) : ''}:${historyKey(history.get(id))}`
  const needsRules = (id: string, source: PageSummary | undefined, target: PageSummary | undefined) => cache.entries.get(id)?.diagnosticsKey !== diagnosticsKeyOf(id, source, target)
  let detector: IsSourceLanguage | undefined
  let pagesChecked = 0
  const checkPage = (id: string, alignment: Alignment | undefined, source: PageSummary | undefined, target: PageSummary | undefined, run: () => Diagnostic[]) => {
    seen.add(id)
    const alignmentKey = hashes(source, target)
    const diagnosticsKey = diagnosticsKeyOf(id, source, target)
    const cached = cache.entries.get(id)
    if (cached?.diagnosticsKey === diagnosticsKey) return cached.diagnostics
    const found = run()
    pagesChecked++
    cache.set(id, {alignmentKey, ...(alignment ? {alignment} : {}), diagnosticsKey, diagnostics: found})
    return found
  }

  for (const [page, summary] of bySource) {
    if (only && !only({locale: tree.sourceLocale, page, files: [summary.file]})) {
      seen.add(`${tree.sourceLocale}/${page}`)
      continue
    }
    const found = checkPage(`${tree.sourceLocale}/${page}`, undefined, undefined, summary, () =>
      runRules({...base, locale: tree.sourceLocale, page, target: summary, expectedFile: summary.file, language: () => 'unknown', isSourcePage: true})
    )
    diagnostics.push(...found)
  }

  for (const locale of tree.locales) {
    const pages = byLocale.get(locale)!
    const keys = [...new Set([...bySource.keys(), ...pages.keys()])].sort()
    for (const page of keys) {
      const source = bySource.get(page)
      const target = pages.get(page)
      const alignment = alignments.get(`${locale}/${page}`)
      const expectedFile = source ? expectedPath(source.file, tree, locale) : ''
      if (only && !only({locale, page, files: [target?.file ?? expectedFile, ...(source ? [source.file] : [])]})) {
        // Skipped, not gone: its cached results stay for the next full run.
        seen.add(`${locale}/${page}`)
        continue
      }
      if (!detector && source && target && needsRules(`${locale}/${page}`, source, target)) {
        detector = (await import('./text/is-source-language.ts')).isSourceLanguage
      }
      const found = checkPage(`${locale}/${page}`, alignment, source, target, () =>
        runRules({
          ...base,
          locale,
          page,
          source,
          target,
          alignment,
          history: history.get(`${locale}/${page}`),
          expectedFile,
          language: languageCheck(source, target, tree.sourceLocale, locale, detector),
          isSourcePage: false
        })
      )
      diagnostics.push(...found)
    }
  }
  cache.retain(seen)
  await cache.save()

  const built = buildReport({tree, bySource, byLocale, alignments, history, diagnostics, explain: options.explain})
  const report = skipped.length === 0 ? built : filterReport(built, (selection) => !selection.files.some((file) => skippedFiles.has(file)))
  return {report, summaries, alignments, history, skipped, stats: {pagesChecked, languageModel: detector !== undefined}}
}

/** `locale/page` back into its parts (a page key may contain slashes, a locale never does). */
function splitId(id: string): [string, string] {
  const slash = id.indexOf('/')
  return [id.slice(0, slash), id.slice(slash + 1)]
}

/** What a page's history findings depend on besides the two files. */
function historyKey(history: PageHistory | undefined): string {
  if (!history) return '-'
  return `${history.base.commit ?? history.base.from}:${history.behind ?? '?'}:${history.baseFile ?? ''}:${history.pinError ?? ''}`
}

/**
 * The language check for one page pair, memoised by text. Words that occur on both pages
 * (names, identifiers, terms kept in the source language) are not evidence either way.
 */
function languageCheck(source: PageSummary | undefined, target: PageSummary | undefined, sourceLocale: string, locale: string, isSourceLanguage: IsSourceLanguage | undefined): RuleContext['language'] {
  if (!source || !target || !isSourceLanguage) return () => 'unknown'
  let names: Set<string> | undefined
  const cache = new Map<string, LanguageVerdict>()
  return (text, kind = 'prose') => {
    const key = `${kind}\u0000${text}`
    let verdict = cache.get(key)
    if (verdict === undefined) {
      // A heading or a link text is a few words: dropping shared names would leave nothing to judge.
      if (kind === 'prose') names ??= sharedNames(source, target, sourceLocale)
      verdict = isSourceLanguage(text, {source: sourceLocale, target: locale, names: kind === 'prose' ? names : undefined}).verdict
      cache.set(key, verdict)
    }
    return verdict
  }
}

/** Words on both pages, except the source language's function words (which prove untranslated text). */
function sharedNames(source: PageSummary, target: PageSummary, sourceLocale: string): Set<string> {
  const common = functionWords(languageOfLocale(sourceLocale)) ?? new Set<string>()
  const inSource = new Set<string>()
  for (const section of source.sections) for (const term of section.signature.terms) inSource.add(term)
  const shared = new Set<string>()
  for (const section of target.sections) for (const term of section.signature.terms) if (inSource.has(term) && !common.has(term)) shared.add(term)
  return shared
}
