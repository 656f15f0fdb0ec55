import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {dropReportMemo, readReportMemo, writeReportMemo} from './cache/report-memo.ts'
import {cacheKey} from './cache/cache-key.ts'
import {hasEntry} from './cache/entry-store.ts'
import {summaryId, summaryStore} from './cache/summary-store.ts'
import type {CheckOptions, CheckResult} from './check.ts'
import {findContent} from './content/find-content.ts'
import type {ContentTree} from './content/find-pages.ts'
import {hashBytes} from './content/hash-bytes.ts'
import {alongsideFrom, defaultThreads, startParserThreads, threadsFor, workerThreshold, type StartedThreads} from './content/parser-threads.ts'
import {findContentRepo, type Repo} from './history/find-repo.ts'
import {lunariaKeywords} from './history/lunaria-keywords.ts'
import {pinNamesOf} from './history/pins.ts'
import {readObjects} from './history/read-objects.ts'
import {formatJsonBytes} from './report/format-json.ts'
import {reportSource, type ReportSource} from './report/report-source.ts'

/** What `lockstep check` needs of a check: the report (a reused one is read from disk as it is written) and the pages skipped. */
export interface ReportResult extends ReportSource {
  skipped: CheckResult['skipped']
  /** Whether the report is the last run's, reused because nothing it was made from changed. */
  reused: boolean
}

/**
 * `check`'s report, reusing the last run's when nothing it was made from changed: the same
 * Lockstep build, config, options and locales, the same list of files with the same bytes, and
 * for history the same commit at HEAD (and shallow boundary), the same Lunaria keywords and every
 * pin resolving to the same commit as before (a fetch can make a pin resolve). Such a run reads and
 * hashes every file, as any run must to know nothing changed, and reads one file of cache: no
 * summaries, alignments or findings per page. Anything else runs the whole check, with its own
 * caches, and keeps its report for next time. A run whose pages were skipped keeps none, and with
 * `only` (a shard, `--changed-since`) or no cache folder the memo is neither read nor written.
 */
export async function checkReport(options: CheckOptions): Promise<ReportResult> {
  const {cacheDir} = options
  if (!cacheDir || options.only || options.summarize) return made(await (await engine()).checkContent(options, await findContent(options)))
  // git answers while the files are found and hashed.
  const repoFound = findContentRepo({config: options.config, cwd: options.cwd, contentDir: options.contentDir ?? options.config.contentDir})
  const tree = await findContent(options)
  const hashes = hashFiles(tree)
  const found = await repoFound
  const history = 'reason' in found ? undefined : found
  const repo = history?.repo
  const key = await memoKey(options, tree, hashes, history)
  // A memo made under another key is told by its first line: an edited page's run knows at once.
  const memo = await readReportMemo(cacheDir, key)
  if (memo && (!repo || (await samePins(repo, memo.pins)))) return {summary: memo.summary, report: memo.report, json: memo.json, skipped: [], reused: true}

  // Started before the check is loaded: an edited page parses meanwhile (`threadsAhead`).
  const started = threadsAhead(options, tree, hashes, cacheDir)
  const result = await (await engine()).checkContent(options, tree, hashes, started)
  const pins = result.skipped.length > 0 ? undefined : await pinsOf(result, tree, options, repo)
  if (!pins) {
    await dropReportMemo(cacheDir)
    return made(result)
  }
  // Laid out and encoded once, for the memo and for the JSON output.
  const json = formatJsonBytes(result.report)
  await writeReportMemo(cacheDir, key, json, {pins, summary: result.report.summary})
  return made(result, json)
}

/** A report just made; `json` is its JSON format when already laid out. */
function made({report, skipped}: CheckResult, json?: readonly Uint8Array[]): ReportResult {
  return {...reportSource(report, json), skipped, reused: false}
}

/** The translations' pins and what git resolves them to; undefined when git cannot say. */
async function pinsOf(result: CheckResult, tree: ContentTree, options: CheckOptions, repo: Repo | undefined): Promise<Array<[string, string | null]> | undefined> {
  if (!repo) return []
  const targets = result.summaries.filter((summary) => summary.locale !== tree.sourceLocale)
  return resolvePins(repo, [...pinNamesOf(targets, options.config.history.pinKey)]).catch(() => undefined)
}

/** The check itself, loaded only when it runs: a reused report needs none of the parser, aligner or rules. */
function engine() {
  return import('./check.ts')
}

/**
 * The parser thread for the few pages an edit left to parse on a large site (`alongsideFrom`),
 * started before the check is loaded: it starts up meanwhile, and parses the pages while the check
 * reads the cached ones. Not for many pages (a cold run, a switched branch): the threads start
 * holding this thread's young generation at its size (`holdYoungGeneration`), and here, before the
 * check and the language model are loaded, it is still small: the model's load would collect
 * garbage for most of a second (Starlight's docs, cold: 170 → 620 ms).
 */
export function threadsAhead(options: CheckOptions, tree: ContentTree, hashes: ReadonlyMap<string, string>, cacheDir: string): StartedThreads | undefined {
  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const store = summaryStore(cacheDir, options.config, locales)
  // A file that could not be read is reported, not parsed.
  const read = tree.files.filter((file) => hashes.has(file.path))
  const cached = read.filter((file) => hasEntry(store, summaryId(file.file, hashes.get(file.path)!))).length
  const parse = read.length - cached
  const count = cached >= alongsideFrom && parse < workerThreshold ? threadsFor(parse, defaultThreads(), true) : 0
  return count > 0 ? startParserThreads(count, {config: options.config, locales, holdYoungGeneration: options.holdYoungGeneration}) : undefined
}

/** Content hash of each file by path (`hashBytes`, as the summary cache keys them); a file that cannot be read has none. */
function hashFiles(tree: ContentTree): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const file of tree.files) {
    try {
      // Synchronously: thousands of small files, and nothing else to do meanwhile.
      hashes.set(file.path, hashBytes(readFileSync(file.path)))
    } catch {}
  }
  return hashes
}

/** Everything a report is made from but the pins' commits, in one hash. */
async function memoKey(options: CheckOptions, tree: ContentTree, hashes: ReadonlyMap<string, string>, found: {repo: Repo; content: string} | undefined): Promise<string> {
  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const history = found ? {head: found.repo.head, shallow: [...found.repo.shallow].sort(), keywords: await lunariaKeywords(found.content, found.repo.root)} : null
  const run = {cwd: options.cwd, contentDir: options.contentDir ?? null, projectRoot: options.projectRoot ?? null, locales: options.locales ?? null, explain: options.explain === true}
  const files = tree.files.map((file) => [file.file, file.locale, file.page, hashes.get(file.path) ?? null])
  return createHash('sha1')
    .update(JSON.stringify([cacheKey(options.config, locales), run, history, tree.root, tree.layout, tree.sourceLocale, tree.locales, tree.problems, files]))
    .digest('hex')
}

/** What git resolves each pin to now. */
async function resolvePins(repo: Repo, pins: readonly string[]): Promise<Array<[string, string | null]>> {
  const objects = await readObjects(repo.root, pins.map((pin) => `${pin}^{commit}`), {content: false})
  return pins.map((pin) => [pin, objects.get(`${pin}^{commit}`)?.oid ?? null])
}

/** Whether every pin still resolves as it did when the memo was made; git failing counts as no. */
async function samePins(repo: Repo, pins: ReadonlyArray<[string, string | null]>): Promise<boolean> {
  if (pins.length === 0) return true
  try {
    const now = await resolvePins(repo, pins.map(([pin]) => pin))
    return now.every(([, commit], index) => commit === pins[index]![1])
  } catch {
    return false
  }
}
