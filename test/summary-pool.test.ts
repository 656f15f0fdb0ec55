import type {Worker as NodeWorker} from 'node:worker_threads'
import {expect, it, vi} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {createSummaryPool} from '../src/engine/content/summary-pool.ts'

// The real threads, each one recorded, to see which are still running after `close`.
const started = vi.hoisted(() => [] as NodeWorker[])
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>()
  class Recorded extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args)
      started.push(this)
    }
  }
  return {...actual, Worker: Recorded}
})

it('stops a thread it gives up on: after close no thread is left running, and every page is read', async () => {
  const config = validateConfig({})
  const jobs = Array.from({length: 64}, (_, index) => ({bytes: Buffer.from(`# Page ${index}\n`), page: {file: `page-${index}.md`, locale: 'en', page: `page-${index}`}}))
  // A job a thread cannot be sent (a function in it): the thread that gets its batch is given up on while still alive.
  const last = jobs[63]!
  jobs[63] = {...last, page: Object.assign({...last.page}, {unsendable: () => undefined})}
  const warnings: string[] = []
  const pool = createSummaryPool({config, locales: new Set(['en']), workers: 2, onWarning: (message) => warnings.push(message)})
  const summaries = await pool.summarize(jobs)
  await pool.close()
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/could not be cloned/)
  expect(summaries.map((summary) => summary.title)).toEqual(jobs.map((_, index) => `Page ${index}`))
  expect(started).toHaveLength(2)
  // A thread that has exited has no id any more.
  expect(started.map((worker) => worker.threadId)).toEqual([-1, -1])
})

it('reads a few pages on its threads once they are started (the sources at the bases, after the pages), not in this thread', async () => {
  const config = validateConfig({})
  const job = (index: number) => ({bytes: Buffer.from(`# Page ${index}\n`), page: {file: `page-${index}.md`, locale: 'en', page: `page-${index}`}})
  const pool = createSummaryPool({config, locales: new Set(['en']), workers: 2})
  // Starting threads for three pages costs more than it saves.
  expect(pool.onThreads(3)).toBe(false)
  await pool.summarize(Array.from({length: 64}, (_, index) => job(index)))
  expect(pool.onThreads(3)).toBe(true)
  const few = await pool.summarize([job(1), job(2), job(3)])
  await pool.close()
  expect(few.map((summary) => summary.title)).toEqual(['Page 1', 'Page 2', 'Page 3'])
})
