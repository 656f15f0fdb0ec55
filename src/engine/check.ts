import {createHash} from 'node:crypto'
import {alignSections} from './align/align-sections.ts'
import {alignWithHistory} from './align/align-with-history.ts'
import {markRankRivals} from './align/mark-rank-rivals.ts'
import type {Alignment} from './align/types.ts'
import {ResultCache} from './cache/result-cache.ts'
import type {Config} from './config/schema.ts'
import {findConventions} from './conventions/find-conventions.ts'
import {isApplied} from './conventions/learn-conventions.ts'
import type {Convention} from './conventions/types.ts'
import {expectedPath} from './content/expected-path.ts'
import type {ContentTree, PageFile} from './content/find-pages.ts'
import {needsLanguageModel} from './content/needs-language-model.ts'
import {createSummaryPool, type SummaryPool} from './content/summary-pool.ts'
import {openHistory, readHistory, type OpenedHistory} from './history/read-history.ts'
import type {PageHistory} from './history/types.ts'
import {cacheKey} from './cache/cache-key.ts'
import {findContent} from './content/find-content.ts'
import {summarizeFiles} from './content/summarize-files.ts'
import {buildReport} from './report/build-report.ts'
import {filterReport, type PageSelector} from './report/filter-report.ts'
import type {Report} from './report/types.ts'
import {runRules} from './rules/index.ts'
import type {Diagnostic, LanguageVerdict, RuleContext} from './rules/types.ts'
import {includedAnchors} from './sections/included-anchors.ts'
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
  /** Folder nothing is read outside of (symbolic links out of it are reported); defaults to `cwd`. */
  projectRoot?: string
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
 * when the caller has read them already (`checkReport`), so they are not read twice.
 */
export async function checkContent(options: CheckOptions, tree: ContentTree, hashes?: ReadonlyMap<string, string>): Promise<CheckResult> {
  const {config, cwd} = options
  const allLocales = new Set([tree.sourceLocale, ...tree.locales])
  const contentDir = options.contentDir ?? config.contentDir
  // Git's part of the history stage needs no page: it runs while the pages are parsed.
  const opened = openHistory({config, cwd, contentDir, ...(options.cacheDir ? {cacheDir: options.cacheDir, cacheKey: cacheKey(config, allLocales)} : {})})
  // One pool of parser threads for both stages: the source pages at the bases parse on warm threads.
  const pool = options.summarize ? undefined : createSummaryPool({config, locales: allLocales, onWarning: options.onWarning, pageTimeoutMs: options.pageTimeoutMs})
  try {
    return await checkTree({options, tree, allLocales, opened, pool, fileHashes: hashes})
  } finally {
    await pool?.close()
  }
}

/** The check once its tree is found: parse, align, read history, run the rules, report. */
async function checkTree({options, tree, allLocales, opened, pool, fileHashes}: {options: CheckOptions; tree: ContentTree; allLocales: Set<string>; opened: Promise<OpenedHistory>; pool: SummaryPool | undefined; fileHashes: ReadonlyMap<string, string> | undefined}): Promise<CheckResult> {
  const {config, cwd} = options
  // The language model takes a fifth of a second and 150 MB to load: only when a translated
  // page's rules run, and then while the pages parse (the main thread waits for the parser threads).
  let model: Promise<IsSourceLanguage> | undefined
  const loadModel = () => {
    if (!model) {
      model = import('./text/is-source-language.ts').then((module) => module.isSourceLanguage)
      model.catch(() => {}) // awaited below, where a failure surfaces
    }
    return model
  }
  const onParse = (files: PageFile[]) => {
    if (needsLanguageModel(files, tree)) void loadModel()
  }
  const early = earlyPairs({tree, options, model: () => model})
  const summaries = await (options.summarize ?? summarizeFiles({config, cacheDir: options.cacheDir, onProgress: options.onProgress, onParse, onSummaries: early.add, pool, hashes: fileHashes}))(tree.files, allLocales)
  early.stop()
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
  const {ids: included, unseen} = includedAnchors(summaries, tree.sourceLocale)
  const unknownIds = new Set<string>()
  for (const summary of summaries) {
    if (summary.skipped) continue
    const key = `${summary.locale}\u0000${pageUrlOf(summary.page)}`
    anchorIndex.set(key, new Set([...summary.anchors, ...(included.get(summary) ?? [])]))
    if (unseen.has(summary)) unknownIds.add(key)
  }
  // A page whose template shortcodes render headings Lockstep cannot see has ids it does not know.
  const anchorsOf = (locale: string, url: string) => (unknownIds.has(`${locale}\u0000${url}`) ? undefined : anchorIndex.get(`${locale}\u0000${url}`))
  const titles = new Map<string, string>()
  for (const summary of summaries) if (!summary.skipped) titles.set(`${summary.locale}\u0000${pageUrlOf(summary.page)}`, summary.title ?? '')
  const titleOf = (locale: string, url: string) => titles.get(`${locale}\u0000${url}`)

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
  const cache = await ResultCache.load(options.cacheDir, cacheKey(config, allLocales), pageIds(tree.sourceLocale, bySource, byLocale))
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
      const alignment = cached?.alignmentKey === hashes(source, target) && cached.alignment ? cached.alignment : (early.alignment(id, source, target) ?? alignSections(source.sections, target.sections))
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
  // Nothing is parsed after this: the threads' heaps go.
  await pool?.close()
  // History knows which source sections a translation cannot have yet. The cache keeps the
  // alignment from the two files alone; the rules and the report get this one.
  const fileAlignments = new Map(alignments)
  for (const [id, alignment] of fileAlignments) {
    const [locale, page] = splitId(id)
    const source = bySource.get(page)!.sections
    const target = byLocale.get(locale)!.get(page)!.sections
    alignments.set(id, markRankRivals(alignWithHistory(alignment, source, target, history.get(id)?.changes), source, target))
  }
  const siblingOrder = (locale: string, page: string, key: string) => {
    const pages = byLocale.get(locale)
    if (!pages) return undefined
    const folder = parentOf(page)
    const value = (summary: PageSummary | undefined) => (typeof summary?.frontmatter?.[key] === 'number' ? (summary.frontmatter[key] as number) : undefined)
    const own = {target: value(pages.get(page)), source: value(bySource.get(page))}
    if (own.target === undefined || own.source === undefined) return undefined
    let siblings = 0
    const order = {target: 0, source: 0}
    for (const [other, summary] of pages) {
      if (other === page || parentOf(other) !== folder) continue
      const target = value(summary)
      const source = value(bySource.get(other))
      if (target === undefined || source === undefined) continue
      siblings++
      if (target < own.target) order.target++
      if (source < own.source) order.source++
    }
    return siblings > 0 ? order : undefined
  }
  const headingsElsewhere = (locale: string, page: string, section: number) => {
    const headings: string[] = []
    for (const other of tree.locales) {
      const pair = other === locale ? undefined : alignments.get(`${other}/${page}`)?.pairs.find((each) => each.source === section)
      if (pair) headings.push(byLocale.get(other)!.get(page)!.sections[pair.target]!.title)
    }
    return headings
  }
  const base = {config, sourceLocale: tree.sourceLocale, locales: allLocales}

  // A page's findings depend on its two files, their paths, its history, and whatever its rules
  // read of other pages: the ids of pages it links to (in any locale), the fragments of other
  // translations, the front-matter keys of all source pages. The reads are recorded as the rules
  // run; a cached result stands while the same reads give the same answers.
  const answer = (read: string): string => {
    const [kind, a = '', b = '', c = ''] = read.split('\u0000')
    if (kind === 'anchors') return [...(anchorsOf(a, b) ?? ['\u0000none'])].join('\u0000')
    if (kind === 'fragment') return sourceFragment(a, b, c)
    if (kind === 'key') return sourceFrontmatterKeys.has(a) ? '1' : '0'
    if (kind === 'sibling') return JSON.stringify(siblingOrder(a, b, c) ?? null)
    if (kind === 'title') return titleOf(a, b) ?? '\u0000none'
    if (kind === 'headings') return headingsElsewhere(a, b, Number(c)).join('\u0000')
    return [...sourceFrontmatterKeys].sort().join('\u0000')
  }
  const readsKeyOf = (reads: readonly string[]) => createHash('sha1').update(reads.map((read) => `${read}\u0001${answer(read)}`).join('\u0002')).digest('hex')
  const tracked = (reads: Set<string>) => ({
    anchorsOf: (locale: string, url: string) => (reads.add(`anchors\u0000${locale}\u0000${url}`), anchorsOf(locale, url)),
    sourceFragment: (locale: string, url: string, fragment: string) => (reads.add(`fragment\u0000${locale}\u0000${url}\u0000${fragment}`), sourceFragment(locale, url, fragment)),
    siblingOrder: (locale: string, page: string, key: string) => (reads.add(`sibling\u0000${locale}\u0000${page}\u0000${key}`), siblingOrder(locale, page, key)),
    titleOf: (locale: string, url: string) => (reads.add(`title\u0000${locale}\u0000${url}`), titleOf(locale, url)),
    headingsElsewhere: (locale: string, page: string, section: number) => (reads.add(`headings\u0000${locale}\u0000${page}\u0000${section}`), headingsElsewhere(locale, page, section)),
    sourceFrontmatterKeys: trackedSet(sourceFrontmatterKeys, (key) => reads.add(key === undefined ? 'keys' : `key\u0000${key}`))
  })
  const diagnosticsKeyOf = (id: string, source: PageSummary | undefined, target: PageSummary | undefined, expectedFile: string) =>
    `${hashes(source, target)}:${source?.file ?? '-'}:${target?.file ?? expectedFile}:${historyKey(history.get(id))}`
  const cachedFindings = (id: string, source: PageSummary | undefined, target: PageSummary | undefined, expectedFile: string) => {
    const cached = cache.entries.get(id)
    if (!cached || cached.diagnosticsKey !== diagnosticsKeyOf(id, source, target, expectedFile) || cached.readsKey !== readsKeyOf(cached.reads)) return undefined
    return cached.diagnostics
  }
  const seen = new Set<string>()
  let detector: IsSourceLanguage | undefined
  let pagesChecked = 0
  const learnOnly: Diagnostic[] = []
  const checkPage = (id: string, alignment: Alignment | undefined, source: PageSummary | undefined, target: PageSummary | undefined, expectedFile: string, run: (reading: ReturnType<typeof tracked>) => Diagnostic[]) => {
    seen.add(id)
    const cached = cachedFindings(id, source, target, expectedFile)
    if (cached) return cached
    const reads = new Set<string>()
    const found = run(tracked(reads))
    pagesChecked++
    const sorted = [...reads].sort()
    cache.set(id, {alignmentKey: hashes(source, target), ...(alignment ? {alignment} : {}), diagnosticsKey: diagnosticsKeyOf(id, source, target, expectedFile), reads: sorted, readsKey: readsKeyOf(sorted), diagnostics: found})
    return found
  }

  for (const [page, summary] of bySource) {
    if (only && !only({locale: tree.sourceLocale, page, files: [summary.file]})) {
      seen.add(`${tree.sourceLocale}/${page}`)
      continue
    }
    const found = checkPage(`${tree.sourceLocale}/${page}`, undefined, undefined, summary, summary.file, (reading) =>
      runRules({...base, ...reading, locale: tree.sourceLocale, page, target: summary, expectedFile: summary.file, language: () => 'unknown', isSourcePage: true})
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
        // Skipped, not gone: its cached results stay for the next full run, and still count
        // towards the site's conventions when they are current.
        seen.add(`${locale}/${page}`)
        const cached = cachedFindings(`${locale}/${page}`, source, target, expectedFile)
        if (cached) learnOnly.push(...cached)
        continue
      }
      if (!detector && source && target && !cachedFindings(`${locale}/${page}`, source, target, expectedFile)) {
        detector = await loadModel()
      }
      const found = checkPage(`${locale}/${page}`, fileAlignments.get(`${locale}/${page}`), source, target, expectedFile, (reading) =>
        runRules({
          ...base,
          ...reading,
          locale,
          page,
          source,
          target,
          alignment,
          history: history.get(`${locale}/${page}`),
          expectedFile,
          language: early.language(`${locale}/${page}`, source, target) ?? languageCheck(source, target, tree.sourceLocale, locale, detector),
          isSourcePage: false
        })
      )
      diagnostics.push(...found)
    }
  }
  cache.retain(seen)
  await cache.save()

  // After every page's rules (cached or not): a convention depends on all pages.
  const found = findConventions({diagnostics, alsoCounted: learnOnly, bySource, alignments, history, settings: config.conventions})
  const built = buildReport({tree, bySource, byLocale, alignments, history, diagnostics: found.diagnostics, conventions: found.conventions.filter(isApplied), explain: options.explain})
  const report = skipped.length === 0 ? built : filterReport(built, (selection) => !selection.files.some((file) => skippedFiles.has(file)))
  return {report, summaries, alignments, history, conventions: found.conventions, skipped, stats: {pagesChecked, languageModel: model !== undefined}}
}

/**
 * The part of a page pair's check that needs only its two files, done while the other pages are
 * still being parsed: as soon as a translation and its source are both read (and the language
 * model is loaded), align them and run the rules once, to fill the pair's memo of language
 * verdicts, the costliest part of its rules. Those findings are dropped: the rules run again once
 * every page is read (they also read other pages), and then find the verdicts and the alignment
 * made here. Work on the main thread, which otherwise waits for the parser threads.
 */
function earlyPairs({tree, options, model}: {tree: ContentTree; options: CheckOptions; model: () => Promise<IsSourceLanguage> | undefined}) {
  const sources = new Map<string, PageSummary>()
  const targets = new Map<string, PageSummary>()
  const translated = new Set(tree.locales)
  const queue: Array<{id: string; locale: string; page: string}> = []
  const done = new Map<string, {source: PageSummary; target: PageSummary; alignment: Alignment; language: RuleContext['language']}>()
  let stopped = false
  let draining = false
  const warm = (detector: IsSourceLanguage, {id, locale, page}: {id: string; locale: string; page: string}) => {
    const source = sources.get(page)
    const target = targets.get(id)
    if (!source || !target || done.has(id)) return
    if (options.only && !options.only({locale, page, files: [target.file, source.file]})) return
    const alignment = alignSections(source.sections, target.sections)
    const language = languageCheck(source, target, tree.sourceLocale, locale, detector)
    done.set(id, {source, target, alignment, language})
    try {
      runRules({
        config: options.config,
        sourceLocale: tree.sourceLocale,
        locales: new Set([tree.sourceLocale, ...tree.locales]),
        locale,
        page,
        source,
        target,
        alignment,
        expectedFile: target.file,
        language,
        isSourcePage: false,
        anchorsOf: () => undefined,
        titleOf: () => undefined,
        headingsElsewhere: () => [],
        sourceFragment: (_locale, _url, fragment) => fragment,
        siblingOrder: () => undefined,
        sourceFrontmatterKeys: new Set()
      })
    } catch {
      // Only a head start: the real run of the rules reports what went wrong.
    }
  }
  const drain = async () => {
    const loading = model()
    if (draining || !loading) return
    draining = true
    try {
      const detector = await loading
      // One pair per turn of the event loop, so the parser threads' batches are answered in between.
      while (!stopped && queue.length > 0) {
        warm(detector, queue.shift()!)
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch {
      // The model failed to load: the rules' own run says so.
    } finally {
      draining = false
    }
  }
  return {
    /** Take summaries as they are read; a pair is worth a head start only when one of its files was parsed (else its findings are likely cached). */
    add(summaries: readonly PageSummary[], parsed: boolean) {
      if (stopped) return
      for (const summary of summaries) {
        if (summary.failed || summary.skipped !== undefined) continue
        if (summary.locale === tree.sourceLocale) {
          sources.set(summary.page, summary)
          if (parsed) for (const locale of tree.locales) if (targets.has(`${locale}/${summary.page}`)) queue.push({id: `${locale}/${summary.page}`, locale, page: summary.page})
        } else if (translated.has(summary.locale)) {
          const id = `${summary.locale}/${summary.page}`
          targets.set(id, summary)
          if (parsed && sources.has(summary.page)) queue.push({id, locale: summary.locale, page: summary.page})
        }
      }
      if (queue.length > 0) void drain()
    },
    /** Every page is read: what is left is done by the rules' own run. */
    stop() {
      stopped = true
      queue.length = 0
      sources.clear()
      targets.clear()
    },
    /** The pair's alignment made early, if made from these very summaries. */
    alignment(id: string, source: PageSummary, target: PageSummary): Alignment | undefined {
      const pair = done.get(id)
      return pair?.source === source && pair.target === target ? pair.alignment : undefined
    },
    /** The pair's language check with the verdicts found early (once: the memo goes with the page). */
    language(id: string, source: PageSummary | undefined, target: PageSummary | undefined): RuleContext['language'] | undefined {
      const pair = done.get(id)
      done.delete(id)
      return pair?.source === source && pair?.target === target ? pair?.language : undefined
    }
  }
}

/** Every page's `locale/page`: the source pages, and per translation locale its pages and those it lacks. */
function pageIds(sourceLocale: string, bySource: ReadonlyMap<string, PageSummary>, byLocale: ReadonlyMap<string, ReadonlyMap<string, PageSummary>>): string[] {
  const ids = [...bySource.keys()].map((page) => `${sourceLocale}/${page}`)
  for (const [locale, pages] of byLocale) for (const page of new Set([...bySource.keys(), ...pages.keys()])) ids.push(`${locale}/${page}`)
  return ids
}

/** The folder a page sorts in: `docs/a/b` and `docs/a/b/_index` are both in `docs/a`. */
function parentOf(page: string): string {
  const parts = page.replace(/\/_?index$/, '').split('/')
  return parts.slice(0, -1).join('/')
}

/** `locale/page` back into its parts (a page key may contain slashes, a locale never does). */
function splitId(id: string): [string, string] {
  const slash = id.indexOf('/')
  return [id.slice(0, slash), id.slice(slash + 1)]
}

/** What a page's history findings depend on besides the two files: all of its history but the text kept for diffs. */
function historyKey(history: PageHistory | undefined): string {
  if (!history) return '-'
  const {baseText, baseSummary, ...rest} = history
  return createHash('sha1').update(JSON.stringify(rest)).digest('hex')
}

/** A set that tells `onRead` of each lookup (`has`: the key; anything else, such as iterating: `undefined`, all of it). */
function trackedSet(set: ReadonlySet<string>, onRead: (key: string | undefined) => void): ReadonlySet<string> {
  return new Proxy(set, {
    get(target, property) {
      if (property === 'has') {
        return (key: string) => {
          onRead(key)
          return target.has(key)
        }
      }
      onRead(undefined)
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
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
