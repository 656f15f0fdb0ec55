import {readFileSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {expect, it} from 'vitest'
import {threadsAhead} from '../src/engine/check-report.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {findPages} from '../src/engine/content/find-pages.ts'
import {hashBytes} from '../src/engine/content/hash-bytes.ts'
import {alongsideFrom, workerThreshold} from '../src/engine/content/parser-threads.ts'
import {summarizeFiles} from '../src/engine/content/summarize-files.ts'
import {writeTree} from './helpers.ts'

const config = validateConfig({})
const page = (index: number, edit = '') => `# Page ${index}\n\n## Part ${index}${edit}\n\nText.\n`

/** A site of `pages` English pages whose summaries are all cached, then `edited` of them edited; how many threads start ahead of the check. */
async function threadsFor(pages: number, edited: number): Promise<number> {
  const files: Record<string, string> = {}
  for (let index = 0; index < pages; index++) files[`en/page-${index}.md`] = page(index)
  const root = await writeTree(files)
  const cacheDir = path.join(root, '.lockstep-cache')
  const find = () => findPages({root: 'content', cwd: root, sourceLocale: 'en', layout: 'auto'})
  await summarizeFiles({config, cacheDir, workers: 0})((await find()).files, new Set(['en']))
  for (let index = 0; index < edited; index++) await fs.writeFile(path.join(root, `content/en/page-${index}.md`), page(index, ', edited'))
  const tree = await find()
  const hashes = new Map(tree.files.map((file) => [file.path, hashBytes(readFileSync(file.path))]))
  const started = threadsAhead({config, cwd: root, cacheDir}, tree, hashes, cacheDir)
  const threads = started?.take(() => {}) ?? []
  await Promise.all(threads.map((thread) => thread.terminate()))
  return threads.length
}

it('starts a parser thread before the check loads for a few edited pages on a large site', async () => {
  expect(await threadsFor(alongsideFrom + 1, 1)).toBe(1)
})

it('starts none when nothing is to be parsed, on a small site, or for many edited pages (the pool starts those with the check)', async () => {
  expect(await threadsFor(alongsideFrom + 1, 0)).toBe(0)
  expect(await threadsFor(100, 1)).toBe(0)
  expect(await threadsFor(alongsideFrom + workerThreshold, workerThreshold)).toBe(0)
})
