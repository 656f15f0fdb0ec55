import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {makeRepo} from './git-repo.ts'

it('finds a translation’s base once in a history, takes it from the cache while that history and the pin stand, and finds it again when either moves', async () => {
  const repo = makeRepo()
  repo.write({'en/guide.md': '# Guide\n\nRun it.\n', 'es/guide.md': '# Guía\n\nEjecútalo.\n', 'en/faq.md': '# FAQ\n\n## Why\n\nBecause.\n'})
  const first = repo.commit('Add the pages')
  repo.write({'en/guide.md': '# Guide\n\nRun it twice.\n', 'es/faq.md': `---\ndefault_lang_commit: ${first}\n---\n\n# Preguntas\n\n## Por qué\n\nPorque.\n`})
  const second = repo.commit('Edit the guide, translate the FAQ')
  const cacheDir = path.join(repo.root, '.lockstep-cache')
  const history = async (cached = true) => (await check({config: validateConfig({}), cwd: repo.root, ...(cached ? {cacheDir} : {})})).history
  const bases = (found: Awaited<ReturnType<typeof history>>) => Object.fromEntries([...found].map(([id, page]) => [id, [page.base.commit, page.base.from, page.behind]]))

  const uncached = await history(false)
  expect(bases(uncached)).toEqual({'es/guide': [first, 'history', 1], 'es/faq': [first, 'pin', 0]})
  expect(await history()).toEqual(uncached)
  const file = path.join(cacheDir, 'found-bases.json')
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {key: string; entries: Record<string, {behind: number}>}
  expect(Object.keys(json.entries)).toHaveLength(2)

  // What the cache holds is what a run gets in the same history: the bases are not found again.
  for (const entry of Object.values(json.entries)) entry.behind = 7
  fs.writeFileSync(file, JSON.stringify(json))
  expect(Object.values(bases(await history())).map(([, , behind]) => behind)).toEqual([7, 7])

  // A pin moved in the translation (the same history) is another request: found again.
  repo.write({'es/faq.md': `---\ndefault_lang_commit: ${second}\n---\n\n# Preguntas\n\n## Por qué\n\nPorque.\n`})
  expect(bases(await history())).toEqual({'es/guide': [first, 'history', 7], 'es/faq': [second, 'pin', 0]})
  // A new commit is another history: every base is found again, as without the cache.
  repo.write({'en/faq.md': '# FAQ\n\n## Why\n\nBecause, mostly.\n'})
  repo.commit('Edit the FAQ')
  const moved = await history()
  expect(moved).toEqual(await history(false))
  expect(bases(moved)).toEqual({'es/guide': [first, 'history', 1], 'es/faq': [second, 'pin', 1]})

  // An entry of another shape is not believed.
  const now = JSON.parse(fs.readFileSync(file, 'utf8')) as {key: string; entries: Record<string, unknown>}
  for (const id of Object.keys(now.entries)) now.entries[id] = {base: {commit: 'x', date: null, from: 'somewhere'}, behind: -1}
  fs.writeFileSync(file, JSON.stringify(now))
  expect(await history()).toEqual(moved)
})
