import {readFileSync} from 'node:fs'
import type {Config} from '../config/schema.ts'
import {hashBytes} from './hash-bytes.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {dropLegacyFile, hasEntry, mapLimit, readEntry, readEntryRest, sweepEntries, writeEntry, type EntryStore} from '../cache/entry-store.ts'
import {sectionBodiesSchema, summaryHeadSchema} from '../cache/cache-schema.ts'
import {lazySections, splitSummary, type SectionBody} from '../cache/lazy-sections.ts'
import {summaryId, summaryStore} from '../cache/summary-store.ts'
import type {PageFile} from './find-pages.ts'
import {alongsideFrom, workerThreshold} from './parser-threads.ts'
import {createSummaryPool, type SummaryPool} from './summary-pool.ts'
import {unreadable} from './unreadable.ts'

/** Options of `summarizeFiles`. */
export interface SummarizeOptions {
  config: Config
  /** Folder for the summary cache; no cache when absent. */
  cacheDir?: string
  /** Worker threads to parse with (default: one per core, at most 2; 0 parses in this thread). */
  workers?: number
  /** Threads to parse on, kept up by the caller for later stages; `workers` is then ignored. */
  pool?: SummaryPool
  onProgress?: (done: number, total: number) => void
  /**
   * Told which files are to be parsed (not answered by the cache) before they are, and whether
   * they are `many`: enough to keep the parser threads busy a while (`SummaryPool.onThreads`). A
   * few edited pages are not, even when a thread reads them alongside the cache.
   */
  onParse?: (files: PageFile[], many: boolean) => void
  /** Told when a worker thread failed and its pages were read in this thread instead. */
  onWarning?: (message: string) => void
  /**
   * Told of summaries as they come, so later stages can start on them while the parser threads
   * work: `parsed` when read now on a parser thread; false for those the cache answered and those
   * read in this thread, which leave no parsing to overlap. The cached ones come first.
   */
  onSummaries?: (summaries: readonly PageSummary[], parsed: boolean) => void
  /** Content hashes of the files by path, when the caller has read them already. */
  hashes?: ReadonlyMap<string, string>
}

/**
 * Read pages into summaries, answering unchanged pages from a cache of compact summaries
 * keyed by content hash (and by Lockstep version and config, which change what a summary holds),
 * and parsing the rest on worker threads: at once, so that on a large site even one edited page
 * is parsed on a thread while this one reads the cached pages (`alongsideFrom`).
 *
 * The cache lives outside the content tree, one file per summary (`summaries/ab/cdef….json`,
 * addressed by file and content hash); a run writes only the summaries it parsed. A cached summary
 * is read in two steps: its head (anchors, ids, front matter, feature tokens, sections' titles
 * and shortcodes) when the page is found, its sections' bodies (text, code, links, signatures:
 * most of the bytes) when a reader first asks for them, which on an unchanged page only its rules
 * and alignment do (`lazySections`).
 */
export function summarizeFiles(options: SummarizeOptions) {
  return async (files: PageFile[], locales: ReadonlySet<string>): Promise<PageSummary[]> => {
    const store = options.cacheDir ? summaryStore(options.cacheDir, options.config, locales) : undefined
    if (options.cacheDir) await dropLegacyFile(options.cacheDir, 'summaries.json')

    const summaries: Array<PageSummary | undefined> = new Array(files.length)
    const keys: string[] = new Array(files.length)
    const pool = options.pool ?? createSummaryPool({config: options.config, locales, workers: options.workers, onWarning: options.onWarning})
    let done = 0
    // Summaries parsed while the cached ones are still being read wait for them: later stages are
    // told of the cached pages first, as they would be if the parse had started after.
    let held: Array<[readonly PageSummary[], boolean]> | undefined
    const tell = (read: readonly PageSummary[], onThread: boolean) => {
      options.onProgress?.(done, files.length)
      options.onSummaries?.(read, onThread)
    }
    const parse = async (todo: number[], alongside: boolean) => {
      if (todo.length === 0) return
      // Many: enough to start the threads for (threads started ahead for a few edited pages take any number).
      options.onParse?.(
        todo.map((index) => files[index]!),
        todo.length >= workerThreshold && pool.onThreads(todo.length)
      )
      const parsed = await pool.summarize(
        todo.map((index) => ({page: files[index]!})),
        (read, onThread) => {
          done += read.length
          if (held) held.push([read, onThread])
          else tell(read, onThread)
        },
        {alongside}
      )
      for (const [position, index] of todo.entries()) summaries[index] = parsed[position]
    }

    let todo: number[] = []
    try {
      if (store) {
        // 1. Hash every file; a file with no entry for its content (an edited page) is parsed at once,
        // on a parser thread when there are many others (`alongsideFrom`), while this thread reads their heads.
        const cached: number[] = []
        for (const [index, file] of files.entries()) {
          try {
            // Synchronously, like the cache entries (`readEntry`): most pages are a few kB.
            keys[index] = summaryId(file.file, options.hashes?.get(file.path) ?? hashBytes(readFileSync(file.path)))
            if (hasEntry(store, keys[index])) cached.push(index)
            else todo.push(index)
          } catch (error) {
            summaries[index] = unreadable(file, (error as Error).message)
            done++
          }
        }
        held = []
        const parsing = parse(todo, cached.length >= alongsideFrom)
        // 2. The heads of the others; an entry that does not validate is parsed after all.
        const invalid: number[] = []
        await mapLimit(cached, 32, async (index) => {
          const file = files[index]!
          const key = keys[index]!
          const hash = key.slice(key.indexOf('\u0000') + 1)
          // An entry is kept only under its own file and content hash: a summary of another page never answers.
          const head = await readEntry(store, key, summaryHeadSchema, (summary) => summary.file === file.file && summary.hash === hash && !summary.failed)
          // A hit must sit in the file's locale. Its page key can change without the file
          // (`unifyPageKeys` makes `php.md` and `php/_index.md` one page), so it is taken from the tree.
          if (head && head.locale === file.locale) {
            const hit = lazySections(head as unknown as PageSummary, () => sectionBodies(store, key, head as unknown as PageSummary, file, options.config, locales))
            summaries[index] = hit.page === file.page ? hit : {...hit, page: file.page}
            done++
          } else invalid.push(index)
        })
        // The cached and the unreadable, not the parsed (in this thread they may be back already).
        const parsed = new Set(todo)
        const answered = summaries.filter((summary, index): summary is PageSummary => summary !== undefined && !parsed.has(index))
        options.onProgress?.(done, files.length)
        if (options.onSummaries && answered.length > 0) options.onSummaries(answered, false)
        for (const [read, onThread] of held) tell(read, onThread)
        held = undefined
        await parsing
        invalid.sort((a, b) => a - b)
        await parse(invalid, false)
        todo = [...todo, ...invalid]
      } else {
        options.onProgress?.(done, files.length)
        todo = files.map((_, index) => index)
        await parse(todo, false)
      }
    } finally {
      if (!options.pool) await pool.close()
    }

    const result = summaries as PageSummary[]
    if (store) {
      // Only what was parsed is written; entries of files gone or changed are swept.
      const cleaned = new Set<string>()
      await mapLimit(todo, 16, async (index) => {
        if (keys[index] && !result[index]!.failed) {
          const {head, bodies} = splitSummary(result[index]!)
          await writeEntry(store, keys[index], head, cleaned, bodies)
        }
      })
      await sweepEntries(store, new Set(keys.filter((key, index) => key !== undefined && !result[index]!.failed)))
    }
    return result
  }
}

/**
 * The bodies of a cached summary's sections, from the cache; or, when they are missing or do not
 * validate (a cache cut short or edited by hand), from the page parsed again in this thread.
 */
function sectionBodies(store: EntryStore, key: string, head: PageSummary, file: PageFile, config: Config, locales: ReadonlySet<string>): SectionBody[] {
  const cached = readEntryRest(store, key, sectionBodiesSchema)
  if (cached && cached.length === head.sections.length) return cached
  const again = summarizePage(readFileSync(file.path), {file: file.file, locale: file.locale, page: file.page, locales}, config)
  // The file changed since its head was read: the head no longer describes it.
  if (again.hash !== head.hash || again.sections.length !== head.sections.length) throw new Error(`${file.file} changed while it was being checked; run the check again`)
  return splitSummary(again).bodies
}
