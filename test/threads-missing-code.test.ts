import {expect, it, vi} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {threadsCanStart} from '../src/engine/content/parser-threads.ts'
import {createSummaryPool} from '../src/engine/content/summary-pool.ts'

// Threads whose code is not where the pool looks for it, as in Astro's prerender bundle: the real
// Worker, pointed at a file that does not exist. Every thread started is counted.
const started = vi.hoisted(() => ({count: 0}))
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>()
  class Elsewhere extends actual.Worker {
    constructor(_url: URL, options: ConstructorParameters<typeof actual.Worker>[1]) {
      super(new URL('./no-such-folder/summarize-worker.js', import.meta.url), options)
      started.count++
    }
  }
  return {...actual, Worker: Elsewhere}
})

it('reads every page in this thread once a thread could not load its code, and starts no thread again', async () => {
  const config = validateConfig({})
  const locales = new Set(['en'])
  const jobs = Array.from({length: 64}, (_, index) => ({bytes: Buffer.from(`# Page ${index}\n`), page: {file: `page-${index}.md`, locale: 'en', page: `page-${index}`}}))
  const warnings: string[] = []
  const first = createSummaryPool({config, locales, workers: 2, onWarning: (message) => warnings.push(message)})
  const read = await first.summarize(jobs)
  await first.close()
  expect(read.map((summary) => summary.title)).toEqual(jobs.map((_, index) => `Page ${index}`))
  expect(warnings.length).toBeGreaterThan(0)
  expect(warnings[0]).toMatch(/Cannot find module/)
  expect(started.count).toBe(2)
  expect(threadsCanStart()).toBe(false)

  // The next check of the same process (the next month of the progress over time): no thread.
  const next = createSummaryPool({config, locales, workers: 2})
  expect(next.onThreads(64)).toBe(false)
  const again = await next.summarize(jobs)
  await next.close()
  expect(again.map((summary) => summary.title)).toEqual(read.map((summary) => summary.title))
  expect(started.count).toBe(2)
})
