import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {hashBytes} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {version} from '../version.ts'
import type {PageFile} from './find-pages.ts'
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
  /** Told when a worker thread failed and its pages were read in this thread instead. */
  onWarning?: (message: string) => void
}

interface CacheFile {
  key: string
  entries: Record<string, PageSummary>
}

/** Key of everything cached under a config: a new Lockstep version or config starts afresh. */
export function cacheKey(config: Config, locales: ReadonlySet<string>): string {
  return createHash('sha1').update(JSON.stringify([version, config, [...locales].sort()])).digest('hex')
}

/**
 * Read pages into summaries, answering unchanged pages from a cache of compact summaries
 * keyed by content hash (and by Lockstep version and config, which change what a summary holds),
 * and parsing the rest on worker threads.
 *
 * The cache lives outside the content tree and is rewritten only when something changed.
 */
export function summarizeFiles(options: SummarizeOptions) {
  return async (files: PageFile[], locales: ReadonlySet<string>): Promise<PageSummary[]> => {
    const configKey = cacheKey(options.config, locales)
    const cacheFile = options.cacheDir ? path.join(options.cacheDir, 'summaries.json') : undefined
    let cached: Record<string, PageSummary> = {}
    if (cacheFile) {
      try {
        const parsed = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as CacheFile
        if (parsed.key === configKey) cached = parsed.entries
      } catch {
        // No cache yet, or an unreadable one: start afresh.
      }
    }

    const summaries: Array<PageSummary | undefined> = new Array(files.length)
    const keys: string[] = new Array(files.length)
    const todo: number[] = []
    let done = 0
    if (cacheFile) {
      // Hash every file to find the cache hits; the misses are parsed below.
      await Promise.all(
        files.map(async (file, index) => {
          try {
            const bytes = await fs.readFile(file.path)
            keys[index] = `${file.file}\u0000${hashBytes(bytes)}`
            const hit = cached[keys[index]!]
            if (hit) {
              // The key is the page's identity, which can change without the file (`unifyPageKeys`).
              summaries[index] = hit.page === file.page ? hit : {...hit, page: file.page}
              done++
            } else todo.push(index)
          } catch (error) {
            summaries[index] = unreadable(file, (error as Error).message)
            done++
          }
        })
      )
      todo.sort((a, b) => a - b)
    } else {
      for (let index = 0; index < files.length; index++) todo.push(index)
    }
    options.onProgress?.(done, files.length)

    const pool = options.pool ?? createSummaryPool({config: options.config, locales, workers: options.workers, onWarning: options.onWarning})
    try {
      const parsed = await pool.summarize(
        todo.map((index) => ({page: files[index]!})),
        (count) => {
          done += count
          options.onProgress?.(done, files.length)
        }
      )
      for (const [position, index] of todo.entries()) summaries[index] = parsed[position]
    } finally {
      if (!options.pool) await pool.close()
    }

    const result = summaries as PageSummary[]
    if (cacheFile && todo.length > 0) {
      const entries: Record<string, PageSummary> = {}
      for (const [index, summary] of result.entries()) if (keys[index] && !summary.failed) entries[keys[index]] = summary
      // A cache that cannot be written (read-only checkout) only costs speed next time.
      try {
        await fs.mkdir(path.dirname(cacheFile), {recursive: true})
        const temporary = `${cacheFile}.${process.pid}.tmp`
        await fs.writeFile(temporary, JSON.stringify({key: configKey, entries} satisfies CacheFile))
        await fs.rename(temporary, cacheFile)
      } catch {}
    }
    return result
  }
}
