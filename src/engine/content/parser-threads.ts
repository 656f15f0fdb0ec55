import os from 'node:os'
import v8 from 'node:v8'
import {Worker} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'

/**
 * Starting the parser threads, apart from the pool that gives them pages (`createSummaryPool`):
 * this module loads no parser, so a caller can start them before it loads the check itself.
 */

/** Options of a parser thread, as `SummaryPoolOptions` gives them. */
export interface ParserThreadOptions {
  config: Config
  locales: ReadonlySet<string>
  /** Each thread's old-generation heap limit in MB (default 2048). */
  threadHeapMb?: number
  /** Stop the process's young generations growing when a thread starts (`youngGenerationsHeld`); V8's flags stay set for the process. */
  holdYoungGeneration?: boolean
}

/** Below this many pages, starting threads costs more than it saves (threads already started take any number). */
export const workerThreshold = 64
/** Pages per message: small, so a slow page does not idle a core. */
export const batchSize = 16

/**
 * Cached pages from which a few pages to parse go to a parser thread while this thread reads the
 * cache (about 0.15 ms a page): below it the reads end before a thread has started and loaded the
 * parser, and every thread started is one more a run must stop (starting threads while others
 * stop has crashed Node: nodejs/node#56312).
 */
export const alongsideFrom = 500

/**
 * Each thread's heap. V8 sizes an unlimited heap from the machine's memory and lets it grow
 * lazily; these limits make a thread collect its garbage sooner. Measured with the CLI, no cache:
 * CNCF glossary peak 620 MB → 450 MB at the same speed, OpenTelemetry 810 MB → 606 MB, 3 %
 * slower (smaller heaps cost more: 512 MB made OpenTelemetry 28 % slower). A page too big for
 * them fails its thread, and this thread, with the default heap, reads it instead.
 */
const threadHeap = {maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 48}

/**
 * Whether a parser thread failed to load its code in this process: no thread is started again.
 * Astro's prerendering runs the check from a bundle that has no worker file beside it (the
 * `/status/` page's progress over time, a check per month of history: each started threads that
 * failed at once, and starting threads while others stop has crashed Node, nodejs/node#56312).
 */
let codeMissing = false

/** Threads a pool has by default: one per core, at most 2. */
export function defaultThreads(): number {
  return Math.min(2, os.availableParallelism())
}

/** False once a parser thread could not load its code in this process (`codeMissing`). */
export function threadsCanStart(): boolean {
  return !codeMissing
}

/**
 * How many threads a call with `jobs` pages to parse starts when none is up yet: none when the
 * pool may have one thread at most (`size`), none below `workerThreshold` pages unless this thread
 * has other work meanwhile (`alongside`), and never more than `size` or than the call has batches
 * (a thread with no batch would only start up).
 */
export function threadsFor(jobs: number, size: number, alongside: boolean): number {
  if (!threadsCanStart() || size <= 1 || jobs === 0 || (jobs < workerThreshold && !alongside)) return 0
  return Math.min(size, Math.ceil(jobs / batchSize))
}

/**
 * Start a parser thread. One that fails or stops while it has no pages (one that cannot load its
 * code) calls `leave`, and never takes the process down: an `error` event with no listener would.
 */
export function startParserThread(options: ParserThreadOptions, leave: (worker: Worker) => void): Worker {
  if (options.holdYoungGeneration) youngGenerationsHeld()
  const url = new URL(import.meta.url.endsWith('.ts') ? './summarize-worker.ts' : './summarize-worker.js', import.meta.url)
  const worker = new Worker(url, {
    workerData: {config: options.config, locales: [...options.locales]},
    resourceLimits: {...threadHeap, ...(options.threadHeapMb ? {maxOldGenerationSizeMb: options.threadHeapMb} : {})}
  })
  worker.on('error', (error: NodeJS.ErrnoException) => {
    // The thread's own file (`MODULE_NOT_FOUND`), or a module it imports (`ERR_MODULE_NOT_FOUND`).
    if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND') codeMissing = true
    leave(worker)
  })
  worker.on('exit', () => leave(worker))
  return worker
}

/** Threads started ahead of the pool that will read on them (`SummaryPoolOptions.started`). */
export interface StartedThreads {
  /** The threads still up, once: from now on `leave` is told when one fails or stops. */
  take(leave: (worker: Worker) => void): Worker[]
}

/**
 * Start `count` parser threads now, for a pool made later: they start up (about a quarter of a
 * second each, mostly Node's own start) while this thread loads and prepares the check. They do
 * not keep the process alive until a pool reads on them.
 */
export function startParserThreads(count: number, options: ParserThreadOptions): StartedThreads {
  const up = new Set<Worker>()
  let told: ((worker: Worker) => void) | undefined
  const leave = (worker: Worker) => {
    up.delete(worker)
    told?.(worker)
  }
  for (let index = 0; index < count; index++) {
    const worker = startParserThread(options, leave)
    worker.unref()
    up.add(worker)
  }
  return {
    take(tell) {
      told = tell
      const taken = [...up]
      up.clear()
      return taken
    }
  }
}

/**
 * The young generations stop growing once the threads start, for a process that runs one check
 * (the CLI: V8's flags are the process's and stay set). In this thread, which keeps every summary
 * the threads send, V8 doubled its young generation up to 128 MB, most of it copied and held; it
 * now stays at the size it has (16 MB on OpenTelemetry). Each thread gets its young generation
 * whole from the start (a third of the limit is one half of it), as it would have grown to. V8
 * reads these flags when it grows a heap or makes one. Measured with the CLI on OpenTelemetry, no
 * cache, alternated with the build before (10 pairs on a shared machine): peak RSS 656–737 →
 * 540–600 MB; CPU time up to 10 % more in most pairs, less in some. The threads' young
 * generations at 24 MB saved 40 MB more but cost 9 % more CPU time.
 */
function youngGenerationsHeld() {
  v8.setFlagsFromString('--semi-space-growth-factor=1')
  v8.setFlagsFromString(`--min-semi-space-size=${threadHeap.maxYoungGenerationSizeMb / 3}`)
}
