import fs from 'node:fs/promises'
import path from 'node:path'
import {expect, it} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {findPages} from '../src/engine/content/find-pages.ts'
import {alongsideFrom} from '../src/engine/content/parser-threads.ts'
import {summarizeFiles} from '../src/engine/content/summarize-files.ts'
import {createSummaryPool} from '../src/engine/content/summary-pool.ts'
import {writeTree} from './helpers.ts'

it('gives the same summaries on worker threads as in this thread, and from the cache', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 80; index++) files[`en/page-${index}.md`] = `---\ntitle: Page ${index}\n---\n\nSee [page ${index + 1}](/page-${index + 1}/).\n\n## Part ${index}\n\nRun \`cmd ${index}\`.\n`
  const root = await writeTree(files)
  const config = validateConfig({})
  const tree = await findPages({root: 'content', cwd: root, sourceLocale: 'en', layout: 'auto'})
  const locales = new Set(['en'])
  const inThread = await summarizeFiles({config, workers: 0})(tree.files, locales)
  const warnings: string[] = []
  const onWorkers = await summarizeFiles({config, workers: 2, onWarning: (message) => warnings.push(message)})(tree.files, locales)
  expect(warnings).toEqual([])
  expect(onWorkers).toEqual(inThread)
  expect(inThread[0]!.title).toBe('Page 0')

  const cacheDir = path.join(root, '.lockstep-cache')
  const first = await summarizeFiles({config, cacheDir})(tree.files, locales)
  // One entry file per page, and an index of them.
  const index = JSON.parse(await fs.readFile(path.join(cacheDir, 'summaries', 'index.json'), 'utf8')) as {entries: Record<string, unknown>}
  expect(Object.keys(index.entries)).toHaveLength(80)
  const entries = (await fs.readdir(path.join(cacheDir, 'summaries'), {recursive: true})).filter((name) => name.endsWith('.json') && name !== 'index.json')
  expect(entries).toHaveLength(80)
  const parsed: string[] = []
  const second = await summarizeFiles({config, cacheDir, workers: 0, onParse: (files) => parsed.push(...files.map((file) => file.file))})(tree.files, locales)
  expect(second).toEqual(first)
  expect(parsed).toEqual([])
})

it('parses an edited page on a parser thread while the cached pages are read, and tells of the cached pages first', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index <= alongsideFrom; index++) files[`en/page-${index}.md`] = `# Page ${index}\n\n## Part ${index}\n\nText.\n`
  const root = await writeTree(files)
  const config = validateConfig({})
  const tree = await findPages({root: 'content', cwd: root, sourceLocale: 'en', layout: 'auto'})
  const locales = new Set(['en'])
  const cacheDir = path.join(root, '.lockstep-cache')
  await summarizeFiles({config, cacheDir, workers: 0})(tree.files, locales)
  await fs.writeFile(path.join(root, 'content/en/page-3.md'), '# Page 3\n\n## Part 3, edited\n\nText.\n')

  const told: Array<{pages: string[]; onThread: boolean}> = []
  const pool = createSummaryPool({config, locales, workers: 2})
  try {
    const summaries = await summarizeFiles({config, cacheDir, pool, onSummaries: (read, onThread) => told.push({pages: read.map((summary) => summary.page).sort(), onThread})})(tree.files, locales)
    expect(summaries.find((summary) => summary.page === 'page-3')!.sections.map((section) => section.title)).toEqual(['Page 3', 'Part 3, edited'])
  } finally {
    await pool.close()
  }
  // One page is below the threads' threshold: it goes to a thread only because this thread has the cache to read meanwhile.
  expect(told).toHaveLength(2)
  expect(told[0]!.onThread).toBe(false)
  expect(told[0]!.pages).toHaveLength(alongsideFrom)
  expect(told[0]!.pages).not.toContain('page-3')
  expect(told[1]).toEqual({pages: ['page-3'], onThread: true})
})

it('reads bytes in hand on the same threads across calls, and again after closing', async () => {
  const config = validateConfig({})
  const locales = new Set(['en'])
  const jobs = Array.from({length: 70}, (_, index) => ({
    bytes: Buffer.from(`# Page ${index}\n\n## Part ${index}\n\nText.\n`),
    page: {file: `old/page-${index}.md`, locale: 'en', page: `page-${index}`}
  }))
  const inThread = await createSummaryPool({config, locales, workers: 0}).summarize(jobs)
  const warnings: string[] = []
  const pool = createSummaryPool({config, locales, workers: 2, onWarning: (message) => warnings.push(message)})
  let reported = 0
  const files = new Set<string>()
  const first = await pool.summarize(jobs, (read) => {
    reported += read.length
    for (const summary of read) files.add(summary.file)
  })
  const second = await pool.summarize(jobs.slice(0, 65))
  await pool.close()
  const afterClose = await pool.summarize(jobs)
  await pool.close()
  expect(warnings).toEqual([])
  expect(reported).toBe(70)
  // Each page is told once, with its summary.
  expect(files.size).toBe(70)
  expect(inThread[69]!.sections.map((section) => section.title)).toEqual(['Page 69', 'Part 69'])
  expect(first).toEqual(inThread)
  expect(second).toEqual(inThread.slice(0, 65))
  expect(afterClose).toEqual(inThread)
})

it('reads the pages of a thread that runs out of heap in this thread, and says so', async () => {
  const config = validateConfig({})
  const locales = new Set(['en'])
  // A page whose tree needs far more than the thread's 64 MB heap (it fills 128 MB too). The other
  // thread must not run out on its small pages: with 16 MB, CI once told of two failed threads.
  const big = `# Big\n\n${Array.from({length: 15_000}, (_, index) => `- item ${index} with [a link](/page-${index}/) and \`code ${index}\``).join('\n')}\n`
  const jobs = Array.from({length: 64}, (_, index) => ({bytes: Buffer.from(index === 3 ? big : `# Page ${index}\n`), page: {file: `page-${index}.md`, locale: 'en', page: `page-${index}`}}))
  const warnings: string[] = []
  const pool = createSummaryPool({config, locales, workers: 2, threadHeapMb: 64, onWarning: (message) => warnings.push(message)})
  const summaries = await pool.summarize(jobs)
  await pool.close()
  expect(warnings, warnings.join('\n')).toHaveLength(1)
  expect(warnings[0]).toMatch(/^A worker thread failed \(.*\); its pages are read in the main thread$/)
  expect(summaries[3]!.failed).toBeFalsy()
  expect(summaries[3]!.sections[0]!.links).toHaveLength(15_000)
  expect(summaries.map((summary) => summary.title)).toEqual(jobs.map((_, index) => (index === 3 ? 'Big' : `Page ${index}`)))
  // A thread filling its heap, then the page parsed again here: slow on a loaded machine.
}, 120_000)
