import fs from 'node:fs'
import type {Worker} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import type {PageFile} from './find-pages.ts'
import {batchSize, defaultThreads, startParserThread, threadsCanStart, threadsFor, workerThreshold, type StartedThreads} from './parser-threads.ts'
import {unreadable} from './unreadable.ts'

/**
 * A page to read into a summary: a file of the content tree, or bytes already in hand (a
 * source page as it was at a translation's base, read from git).
 */
export type SummaryJob = {page: PageFile} | {bytes: Uint8Array; page: Omit<PageFile, 'path'>}

/**
 * Summarise jobs; `progress` is told of the summaries read as batches come back (in no particular
 * order), and whether they were read on a parser thread (while this thread was free) or in this one.
 * `alongside`: this thread has other work meanwhile, so even a few jobs go to a thread.
 */
export type Summarize = (jobs: readonly SummaryJob[], progress?: (read: readonly PageSummary[], onThread: boolean) => void, options?: {alongside?: boolean}) => Promise<PageSummary[]>

/** Worker threads that read pages into summaries, kept alive between calls. */
export interface SummaryPool {
  summarize: Summarize
  /** Whether a call with this many jobs reads them on the threads (else in this thread: starting threads would cost more). */
  onThreads(jobs: number): boolean
  /** Stop the threads; the pool starts new ones if used again. */
  close(): Promise<void>
}

/** Options of `createSummaryPool`. */
export interface SummaryPoolOptions {
  config: Config
  locales: ReadonlySet<string>
  /** Threads (default: one per core, at most 2; 0 reads every page in this thread). */
  workers?: number
  /** Told when a thread failed and its pages were read in this thread instead. */
  onWarning?: (message: string) => void
  /** Each thread's old-generation heap limit in MB (default 2048). */
  threadHeapMb?: number
  /**
   * Longest a thread may take over one page, in ms (default 60,000): a page over it is skipped
   * (`PageSummary.skipped`) and its thread replaced. A backstop only; the parser's structural
   * limits are what keep pages fast, and they do not depend on the machine.
   */
  pageTimeoutMs?: number
  /** Stop the process's young generations growing when the threads start (`youngGenerationsHeld`); V8's flags stay set for the process. */
  holdYoungGeneration?: boolean
  /**
   * Threads started before the pool, while the caller loaded the rest of the check
   * (`startParserThreads`): the first call that reads pages on threads takes them, and starts
   * only the ones it wants more.
   */
  started?: StartedThreads
}

/** Default of `SummaryPoolOptions.pageTimeoutMs`. */
export const defaultPageTimeoutMs = 60_000

/** Read one job into a summary in this thread (what each worker does too). */
export async function summarizeJob(job: SummaryJob, config: Config, locales: ReadonlySet<string>): Promise<PageSummary> {
  const {file, locale, page} = job.page
  try {
    // Read synchronously: a parser thread has nothing else to do meanwhile, and the promise API's
    // file handle cost each thread 3 % of its time in a CPU profile of OpenTelemetry.
    const bytes = 'bytes' in job ? job.bytes : fs.readFileSync(job.page.path)
    return summarizePage(bytes, {file, locale, page, locales}, config)
  } catch (error) {
    return unreadable(job.page, (error as Error).message)
  }
}

/**
 * A pool of threads that parse pages. The threads start on the first large call and stay up
 * until `close`, so the second stage (the source pages at the translations' bases) runs on
 * threads whose parser is already compiled and warm.
 */
export function createSummaryPool(options: SummaryPoolOptions): SummaryPool {
  const {config, locales} = options
  const size = options.workers ?? defaultThreads()
  const timeout = options.pageTimeoutMs ?? defaultPageTimeoutMs
  // A thread that fails or stops while it has no pages leaves the pool (`startParserThread`);
  // failures while it reads pages are the caller's (`request`).
  const leave = (worker: Worker) => {
    workers = workers.filter((each) => each !== worker)
  }
  const startWorker = () => startParserThread(options, leave)
  let workers: Worker[] = options.started?.take(leave) ?? []
  // Whether the first call that reads on threads is still to come: it tops the threads started before up.
  let topUp = workers.length > 0
  let queue = Promise.resolve()

  // Resolves with the summaries of the batch, or of its first pages and the position of the page that took too long.
  const request = (worker: Worker, jobs: SummaryJob[]) =>
    new Promise<{summaries: PageSummary[]; timedOut?: number}>((resolve, reject) => {
      const summaries: PageSummary[] = []
      let timer: NodeJS.Timeout | undefined
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          done()
          resolve({summaries, timedOut: summaries.length})
        }, timeout)
      }
      const done = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const onMessage = (message: number | PageSummary) => {
        if (typeof message === 'number') return arm()
        clearTimeout(timer)
        summaries.push(message)
        if (summaries.length < jobs.length) return
        done()
        resolve({summaries})
      }
      const onError = (error: Error) => {
        done()
        reject(error)
      }
      // A thread can also stop without an error (`process.exit` in a dependency): without this the
      // call would wait for its answer forever.
      const onExit = (code: number) => {
        done()
        reject(new Error(`the thread exited with code ${code}`))
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      try {
        worker.postMessage(jobs)
      } catch (error) {
        done()
        throw error
      }
    })

  // Threads already up (for the sources at the translations' bases, read after the pages) take
  // any number of pages: they are several, their parser is warm, and this thread's is cold.
  const onThreads = (jobs: number) => size > 1 && threadsCanStart() && (jobs >= workerThreshold || (workers.length > 0 && jobs > 0))
  const run: Summarize = async (jobs, progress, {alongside = false} = {}) => {
    const summaries: Array<PageSummary | undefined> = new Array(jobs.length)
    const wanted = threadsFor(jobs.length, size, alongside)
    if (onThreads(jobs.length) || wanted > 0) {
      if (workers.length === 0 || topUp) {
        topUp = false
        while (workers.length < wanted) workers.push(startWorker())
      }
      let next = 0
      // Pages of a batch cut short by a page over the time budget, to be read again.
      const again: number[] = []
      const take = (): number[] => {
        if (again.length > 0) return again.splice(0, batchSize)
        const batch = Array.from({length: Math.min(batchSize, jobs.length - next)}, (_, offset) => next + offset)
        next += batch.length
        return batch
      }
      const drain = async (worker: Worker) => {
        worker.ref()
        try {
          for (let batch = take(); batch.length > 0; batch = take()) {
            const result = await request(worker, batch.map((index) => jobs[index]!))
            for (const [offset, summary] of result.summaries.entries()) summaries[batch[offset]!] = summary
            progress?.(result.summaries, true)
            if (result.timedOut === undefined) continue
            // The thread is stuck in that page: skip the page, and read the rest on a new thread.
            const index = batch[result.timedOut]!
            summaries[index] = overBudget(jobs[index]!.page, timeout)
            progress?.([summaries[index]], true)
            again.push(...batch.slice(result.timedOut + 1))
            const replacement = startWorker()
            workers = workers.map((each) => (each === worker ? replacement : each))
            await worker.terminate()
            worker = replacement
            worker.ref()
          }
        } catch (error) {
          // A thread that dies (a page too big for its heap) leaves its batch to this thread.
          options.onWarning?.(`A worker thread failed (${(error as Error).message}); its pages are read in the main thread`)
          workers = workers.filter((each) => each !== worker)
          // Out of the pool, `close` would not stop it: a thread still running would keep the process alive.
          await worker.terminate()
          return
        }
        // Idle threads must not keep the process alive if a caller forgets `close`.
        worker.unref()
      }
      await Promise.all(workers.map(drain))
    }
    // In this thread: everything when there are few pages, and whatever a failed thread left.
    for (const [index, job] of jobs.entries()) {
      if (summaries[index] !== undefined) continue
      summaries[index] = await summarizeJob(job, config, locales)
      progress?.([summaries[index]], false)
    }
    return summaries as PageSummary[]
  }

  return {
    onThreads,
    // One call at a time: the threads' message handlers are per call.
    summarize(jobs, progress, options) {
      const result = queue.then(() => run(jobs, progress, options))
      queue = result.then(
        () => undefined,
        () => undefined
      )
      return result
    },
    async close() {
      await queue
      const stopping = workers
      workers = []
      await Promise.all(stopping.map((worker) => worker.terminate()))
    }
  }
}

/** The summary of a page a thread took too long over: skipped, a problem of the run. */
function overBudget(page: Omit<PageFile, 'path'>, timeout: number): PageSummary {
  return {...unreadable(page, ''), problems: [], skipped: `reading it took longer than ${timeout / 1000} s`}
}
