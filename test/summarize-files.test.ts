import fs from 'node:fs/promises'
import path from 'node:path'
import {expect, it} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {findPages} from '../src/engine/content/find-pages.ts'
import {summarizeFiles} from '../src/engine/content/summarize-files.ts'
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
  const cached = JSON.parse(await fs.readFile(path.join(cacheDir, 'summaries.json'), 'utf8')) as {entries: Record<string, unknown>}
  expect(Object.keys(cached.entries)).toHaveLength(80)
  const second = await summarizeFiles({config, cacheDir, workers: 0})(tree.files, locales)
  expect(second).toEqual(first)
})
