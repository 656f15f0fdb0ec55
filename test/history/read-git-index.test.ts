import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {readGitIndex} from '../../src/engine/history/read-git-index.ts'
import {makeRepo} from './git-repo.ts'

/** The graph and the file log, without the key they are cached under. */
const read = async (options: Parameters<typeof readGitIndex>[0]) => {
  const {key, ...index} = await readGitIndex(options)
  return index
}

it('takes the graph and the file log from the cache while the tip is the same, and reads git again when it moves', async () => {
  const repo = makeRepo()
  repo.write({'en/guide.md': '# Guide\n', 'es/guide.md': '# Guía\n'})
  repo.commit('Add the guide')
  repo.write({'en/guide.md': '# Guide\n\nMore.\n'})
  const edit = repo.commit('Edit the guide')
  const cacheDir = path.join(repo.root, '.lockstep-cache')
  const options = {root: repo.root, pathspec: 'content', ignoreKeywords: [], cacheDir, cacheKey: 'k'}

  const first = await readGitIndex(options)
  expect([...first.graph.keys()][0]).toBe(edit)
  expect(first.log.get('content/en/guide.md')!.map((commit) => commit.hash)).toEqual([edit, [...first.graph.keys()][1]])
  const uncached = await readGitIndex({...options, cacheDir: undefined})
  // Without a cache folder there is no key to keep what is found in this history under (`foundBases`).
  expect(uncached.key).toBeUndefined()
  const again = await readGitIndex(options)
  expect(again.key).toBe(first.key)
  expect(typeof first.key).toBe('string')
  expect(await read(options)).toEqual(uncached)

  // What the cache holds is what a run gets at the same tip: git's log is not read again.
  const file = path.join(cacheDir, 'history-index.json')
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {entries: {index: {log: Array<[string, Array<{ignored: boolean}>]>}}}
  for (const [, commits] of json.entries.index.log) for (const commit of commits) commit.ignored = true
  fs.writeFileSync(file, JSON.stringify(json))
  expect((await readGitIndex(options)).log.get('content/en/guide.md')!.every((commit) => commit.ignored)).toBe(true)

  // Under another key (config, content folder), or once the tip moves, git is read again.
  expect(await read({...options, cacheKey: 'other'})).toEqual(uncached)
  expect((await readGitIndex({...options, cacheKey: 'other'})).key).not.toBe(first.key)
  repo.write({'es/guide.md': '# Guía\n\nMás.\n'})
  const next = repo.commit('Update the translation')
  const {key: movedKey, ...moved} = await readGitIndex(options)
  expect(movedKey).not.toBe(first.key)
  expect([...moved.graph.keys()][0]).toBe(next)
  expect(moved.log.get('content/en/guide.md')!.some((commit) => commit.ignored)).toBe(false)
  expect(moved).toEqual(await readGitIndex({...options, cacheDir: undefined}))
})

it('keeps no cache of a corrupt or mis-shaped index', async () => {
  const repo = makeRepo()
  repo.write({'en/guide.md': '# Guide\n'})
  repo.commit('Add the guide')
  const cacheDir = path.join(repo.root, '.lockstep-cache')
  const options = {root: repo.root, pathspec: 'content', ignoreKeywords: [], cacheDir, cacheKey: 'k'}
  const fresh = await read(options)
  const file = path.join(cacheDir, 'history-index.json')
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {entries: {index: {graph: unknown}}}
  json.entries.index.graph = [['x', 'not a time', []]]
  fs.writeFileSync(file, JSON.stringify(json))
  expect(await read(options)).toEqual(fresh)
  fs.writeFileSync(file, '{"key":')
  expect(await read(options)).toEqual(fresh)
})
