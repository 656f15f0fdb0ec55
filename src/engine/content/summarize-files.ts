import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'
import {hashBytes, summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {version} from '../version.ts'
import type {PageFile} from './find-pages.ts'
import {unreadable} from './unreadable.ts'

/** Options of `summarizeFiles`. */
export interface SummarizeOptions {
  config: Config
  /** Folder for the summary cache; no cache when absent. */
  cacheDir?: string
  /** Worker threads to parse with (default: one per core, at most 2; 0 parses in this thread). */
  workers?: number
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

/** Below this many pages to parse, starting workers costs more than it saves. */
const workerThreshold = 64

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
              summaries[index] = hit
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

    const workers = Math.min(options.workers ?? Math.min(2, os.availableParallelism()), todo.length)
    const progress = (count: number) => {
      done += count
      options.onProgress?.(done, files.length)
    }
    if (workers > 1 && todo.length >= workerThreshold) {
      await summarizeOnWorkers(files, todo, summaries, workers, options.config, locales, progress, options.onWarning)
    }
    // In this thread: everything when there are few pages, and whatever a crashed worker left.
    {
      for (const index of todo) {
        if (summaries[index] !== undefined) continue
        const file = files[index]!
        try {
          summaries[index] = summarizePage(await fs.readFile(file.path), {file: file.file, locale: file.locale, page: file.page, locales}, options.config)
        } catch (error) {
          summaries[index] = unreadable(file, (error as Error).message)
        }
        progress(1)
      }
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

/** Parse pages on worker threads, handing out small batches so a slow page does not idle a core. */
async function summarizeOnWorkers(
  files: PageFile[],
  todo: number[],
  summaries: Array<PageSummary | undefined>,
  count: number,
  config: Config,
  locales: ReadonlySet<string>,
  progress: (count: number) => void,
  onWarning?: (message: string) => void
): Promise<void> {
  const url = new URL(import.meta.url.endsWith('.ts') ? './summarize-worker.ts' : './summarize-worker.js', import.meta.url)
  const batch = 16
  let next = 0
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(url, {workerData: {config, locales: [...locales]}})
      let current: number[] = []
      const send = () => {
        current = todo.slice(next, next + batch)
        next += current.length
        if (current.length === 0) {
          void worker.terminate().then(() => resolve())
          return
        }
        worker.postMessage(current.map((index) => files[index]))
      }
      worker.on('message', (result: PageSummary[]) => {
        for (const [offset, summary] of result.entries()) summaries[current[offset]!] = summary
        progress(result.length)
        send()
      })
      // A worker that dies (a page too big for its heap) leaves its batch to the main thread.
      worker.on('error', (error) => {
        onWarning?.(`A worker thread failed (${error.message}); its pages are read in the main thread`)
        resolve()
      })
      send()
    })
  await Promise.all(Array.from({length: count}, runWorker))
}
