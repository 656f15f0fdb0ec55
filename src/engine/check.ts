import {alignPairs} from './align/align-pairs.ts'
import {alignPairsWithHistory} from './align/align-pairs-with-history.ts'
import {alignSections} from './align/align-sections.ts'
import type {Alignment} from './align/types.ts'
import {cacheKey} from './cache/cache-key.ts'
import {cachedAlignment, pageResults} from './cache/page-results.ts'
import {ResultCache} from './cache/result-cache.ts'
import {trackReads} from './cache/tracked-reads.ts'
import type {Config} from './config/schema.ts'
import {findConventions} from './conventions/find-conventions.ts'
import {isApplied} from './conventions/learn-conventions.ts'
import type {Convention} from './conventions/types.ts'
import {findContent, type ContentOptions} from './content/find-content.ts'
import type {ContentTree, PageFile} from './content/find-pages.ts'
import {indexPages, pageIds, translatedPairs} from './content/index-pages.ts'
import {needsLanguageModel} from './content/needs-language-model.ts'
import type {StartedThreads} from './content/parser-threads.ts'
import {summarizeFiles} from './content/summarize-files.ts'
import {createSummaryPool, type SummaryPool} from './content/summary-pool.ts'
import {openHistory, readHistory, type OpenedHistory} from './history/read-history.ts'
import type {PageHistory} from './history/types.ts'
import {buildReport} from './report/build-report.ts'
import {contentProblems} from './report/content-problems.ts'
import {filterReport, type PageSelector} from './report/filter-report.ts'
import type {Report} from './report/types.ts'
import {checkPages} from './rules/check-pages.ts'
import {earlyPairs} from './rules/early-pairs.ts'
import {siteLookups} from './rules/site-lookups.ts'
import {indexUrls} from './sections/index-urls.ts'
import type {PageSummary} from './sections/types.ts'
import {languageModel} from './text/language-model.ts'

/** Options of `check`: where its content is (`ContentOptions`: config, folders, locales), and how to run. */
export interface CheckOptions extends ContentOptions {
  /** Reads summaries of pages (e.g. from a cache or workers); defaults to parsing in this thread. */
  summarize?: (files: PageFile[], locales: ReadonlySet<string>) => Promise<PageSummary[]>
  /** Keep the aligner's reasons for each pair, in the alignments and the report (without it, each pair's `reasons` is empty). */
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
  /**
   * Stop this thread's young generation growing once the parser threads start (a process that
   * runs one check, like the CLI: V8's flags are the process's, and stay set); see `SummaryPoolOptions`.
   */
  holdYoungGeneration?: boolean
}

/** The outcome of a check: the report, and the summaries and alignments behind it. */
export interface CheckResult {
  report: Report
  summaries: PageSummary[]
  /** Alignment of each translated page, by `locale/page`. */
  alignments: Map<string, Alignment>
  /** Staleness of each translated page from git history, by `locale/page`. */
  history: Map<string, PageHistory>
  /** Every difference the conventions stage counted, applied or not (the report lists the applied ones). */
  conventions: Convention[]
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
  return checkContent(options, await findContent(options))
}

/**
 * `check` of a tree `findContent` found. `hashes` are the content hashes of its files by path,
 * when the caller has read them already (`checkReport`), so they are not read twice; `started`,
 * parser threads it started for the first stage while it loaded this one.
 */
export async function checkContent(options: CheckOptions, tree: ContentTree, hashes?: ReadonlyMap<string, string>, started?: StartedThreads): Promise<CheckResult> {
  const {config, cwd} = options
  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const run: Run = {config, cwd, contentDir: options.contentDir ?? config.contentDir, locales, cacheDir: options.cacheDir, cacheKey: cacheKey(config, locales)}
  // Git's part of the history stage needs no page: it runs while the pages are parsed.
  const opened = openHistory(run)
  // One pool of parser threads for both stages: the source pages at the bases parse on warm threads.
  const pool = options.summarize ? undefined : createSummaryPool({config, locales, onWarning: options.onWarning, pageTimeoutMs: options.pageTimeoutMs, holdYoungGeneration: options.holdYoungGeneration, started})
  try {
    return await checkTree(options, run, tree, opened, pool, hashes)
  } finally {
    await pool?.close()
  }
}

/** What the stages may need to know of the run: its config, folders, locales and caches. */
interface Run {
  config: Config
  cwd: string
  /** The content folder, relative to `cwd`. */
  contentDir: string
  /** Every locale of the tree, source included. */
  locales: ReadonlySet<string>
  /** Folder of the caches; none without it. */
  cacheDir: string | undefined
  /** Key of everything cached under this config and these locales. */
  cacheKey: string
}

/**
 * The check once its tree is found, in the order a page flows: read it, index it, date it from
 * history while it is aligned with its source, align again with what history says, run the rules
 * (or take their findings from the cache), learn the site's conventions and report.
 */
async function checkTree(options: CheckOptions, run: Run, tree: ContentTree, opened: Promise<OpenedHistory>, pool: SummaryPool | undefined, hashes: ReadonlyMap<string, string> | undefined): Promise<CheckResult> {
  const {config, locales} = run
  const model = languageModel()

  // 1. Read every page into a summary; each pair is aligned and its language verdicts found as soon as both its pages are read.
  const explain = options.explain === true
  const early = earlyPairs({config, sourceLocale: tree.sourceLocale, locales: tree.locales, only: options.only, model: model.started, explain})
  // The model loads while the threads parse many pages. A few changed ones leave little to
  // overlap, and their rules may find every verdict they ask for in the cache.
  const onParse = (files: PageFile[], many: boolean) => {
    if (many && needsLanguageModel(files, tree)) void model.load()
  }
  const summarize = options.summarize ?? summarizeFiles({config, cacheDir: run.cacheDir, onProgress: options.onProgress, onParse, onSummaries: early.add, pool, hashes})
  const summaries = await summarize(tree.files, locales)
  early.stop()
  const {skipped, unskipped, only} = skippedPages(summaries, options.only)

  // 2. Index them: by locale and page, and by URL for the links into them.
  const pages = indexPages(summaries, tree)
  const urls = indexUrls(summaries, tree.sourceLocale)
  const pairs = translatedPairs(pages)

  // 3. Date each pair from git. Started now, so that git and the parser threads (the sources at
  // the bases) work while this thread reads the result cache and aligns.
  const dating = readHistory({...run, opened, ...(pool ? {summarize: pool.summarize} : {}), keepText: options.keepBaseText === true, requests: pairs})
  // Awaited below; until then a failure must not count as unhandled.
  dating.catch(() => {})
  const cache = await ResultCache.load(run.cacheDir, run.cacheKey, pageIds(pages))

  // 4. Align every pair first: a link's fragment into another translated page is compared through that page's alignment.
  const fileAlignments = alignPairs(pairs, (id, source, target) => cachedAlignment(cache, id, source, target, explain) ?? early.alignment(id, source, target) ?? alignSections(source.sections, target.sections, {explain}))

  // 5. Align each pair again with what history says.
  const history = await dating
  // Nothing is parsed after this: the threads stop, and their heaps go, while this thread goes on
  // (waiting for them took an edit run of a large site 50 ms or more).
  const closing = pool?.close()
  // Awaited below; until then a failure must not count as unhandled.
  closing?.catch(() => {})
  const alignments = alignPairsWithHistory(fileAlignments, pages, history, explain)

  // 6. The rules of every page, answered from the cache while what they read gives the same answers.
  const results = pageResults(cache, history, trackReads(siteLookups({pages, urls, fileAlignments, alignments})), explain)
  const checked = await checkPages({config, tree, locales, pages, only, alignments, fileAlignments, history, results, model, early})
  await results.save()

  // 7. Conventions and report, after every page's rules (cached or not): a convention depends on all pages.
  const diagnostics = [...contentProblems(tree.problems, config.docsUrl), ...checked.diagnostics]
  const found = findConventions({diagnostics, alsoCounted: checked.learnOnly, bySource: pages.bySource, alignments, history, settings: config.conventions})
  const built = buildReport({tree, bySource: pages.bySource, byLocale: pages.byLocale, alignments, history, diagnostics: found.diagnostics, conventions: found.conventions.filter(isApplied), explain: options.explain})
  const report = unskipped ? filterReport(built, unskipped) : built
  await closing
  return {report, summaries, alignments, history, conventions: found.conventions, skipped, stats: {pagesChecked: results.checked(), languageModel: model.started() !== undefined}}
}

/**
 * The pages a parser thread gave up on; when there are any, a selector of the pages without one of
 * them (`unskipped`), and `only` narrowed to it: a page pair with a skipped side is left out like a
 * page outside `only`.
 */
function skippedPages(summaries: readonly PageSummary[], only: PageSelector | undefined): {skipped: CheckResult['skipped']; unskipped?: PageSelector; only: PageSelector | undefined} {
  const skipped = summaries.filter((summary) => summary.skipped !== undefined).map((summary) => ({file: summary.file, reason: summary.skipped!}))
  if (skipped.length === 0) return {skipped, only}
  const files = new Set(skipped.map((each) => each.file))
  const unskipped: PageSelector = (selection) => !selection.files.some((file) => files.has(file))
  return {skipped, unskipped, only: (selection) => unskipped(selection) && (only?.(selection) ?? true)}
}
