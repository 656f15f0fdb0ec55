import type {Worker as NodeWorker} from 'node:worker_threads'
import {expect, it, vi} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {startParserThreads} from '../src/engine/content/parser-threads.ts'
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

it('reads on the threads started ahead of it, and its first call starts only as many more as it wants', async () => {
  const config = validateConfig({})
  const locales = new Set(['en'])
  const job = (index: number) => ({bytes: Buffer.from(`# Page ${index}\n`), page: {file: `page-${index}.md`, locale: 'en', page: `page-${index}`}})
  // One edited page beside the cache reads: the thread started ahead takes it.
  let before = started.length
  const ahead = startParserThreads(1, {config, locales})
  const edit = createSummaryPool({config, locales, workers: 2, started: ahead})
  const one = await edit.summarize([job(0)], undefined, {alongside: true})
  await edit.close()
  expect(one[0]!.title).toBe('Page 0')
  expect(started.length - before).toBe(1)
  // What is taken once is not taken again.
  expect(ahead.take(() => {})).toEqual([])
  // Enough pages for two threads: one more starts.
  before = started.length
  const cold = createSummaryPool({config, locales, workers: 2, started: startParserThreads(1, {config, locales})})
  const many = await cold.summarize(Array.from({length: 64}, (_, index) => job(index)))
  await cold.close()
  expect(many.map((summary) => summary.title)).toEqual(Array.from({length: 64}, (_, index) => `Page ${index}`))
  expect(started.length - before).toBe(2)
  expect(started.slice(before).map((worker) => worker.threadId)).toEqual([-1, -1])
})

it('does not send pages to a thread started ahead that stopped before the pool took it', async () => {
  const config = validateConfig({})
  const locales = new Set(['en'])
  const before = started.length
  const ahead = startParserThreads(1, {config, locales})
  await started[before]!.terminate()
  const pool = createSummaryPool({config, locales, workers: 2, started: ahead})
  const read = await pool.summarize([{bytes: Buffer.from('# Alone\n'), page: {file: 'alone.md', locale: 'en', page: 'alone'}}], undefined, {alongside: true})
  await pool.close()
  expect(read[0]!.title).toBe('Alone')
  // A new thread read it.
  expect(started.length - before).toBe(2)
})
