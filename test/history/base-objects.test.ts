import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {readBaseObjects} from '../../src/engine/history/base-objects.ts'
import {makeRepo} from './git-repo.ts'

it('asks git about a source at its base once, and answers from the cache after, even without git', async () => {
  const repo = makeRepo()
  repo.write({'en/guide.md': '# Guide\n'})
  const first = repo.commit('Add the guide')
  repo.write({'en/guide.md': '# Guide\n\nMore.\n'})
  const second = repo.commit('Edit the guide')
  const blob = (commit: string) => repo.git('rev-parse', `${commit}:content/en/guide.md`).trim()
  const cacheDir = path.join(repo.root, '.lockstep-cache')
  fs.mkdirSync(cacheDir)
  const names = [`${first}:content/en/guide.md`, `${second}:content/en/guide.md`, `${first}:content/en/gone.md`, 'HEAD:content/en/guide.md']

  const found = await readBaseObjects(repo.root, names, cacheDir)
  expect(found.get(names[0]!)).toEqual({oid: blob(first), type: 'blob'})
  expect(found.get(names[1]!)).toEqual({oid: blob(second), type: 'blob'})
  expect(found.get(names[2]!)).toBeNull()
  expect(blob(first)).not.toBe(blob(second))
  // Kept: the names under a commit's id that git found; not a missing one, nor one under a ref that moves.
  const file = path.join(cacheDir, 'base-objects.json')
  expect(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as {entries: object}).entries).sort()).toEqual([names[0], names[1]].sort())

  // Without the repository's objects, the names found before are still answered, from the file.
  fs.renameSync(path.join(repo.root, '.git'), path.join(repo.root, 'moved.git'))
  const again = await readBaseObjects(repo.root, names.slice(0, 2), cacheDir)
  expect(again.get(names[0]!)).toEqual(found.get(names[0]!))
  expect(again.get(names[1]!)).toEqual(found.get(names[1]!))
  // A name it did not hold is asked of git, which now fails.
  await expect(readBaseObjects(repo.root, [names[2]!], cacheDir)).rejects.toThrow()
  fs.renameSync(path.join(repo.root, 'moved.git'), path.join(repo.root, '.git'))

  // An entry edited by hand into another shape, or a file made for another repository, is not believed.
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {key: string; entries: Record<string, unknown>}
  json.entries[names[0]!] = {oid: 'not a hash', type: 'blob'}
  fs.writeFileSync(file, JSON.stringify(json))
  expect((await readBaseObjects(repo.root, names.slice(0, 1), cacheDir)).get(names[0]!)).toEqual({oid: blob(first), type: 'blob'})
  fs.writeFileSync(file, JSON.stringify({...json, key: '1:/elsewhere', entries: {[names[0]!]: {oid: blob(second), type: 'blob'}}}))
  expect((await readBaseObjects(repo.root, names.slice(0, 1), cacheDir)).get(names[0]!)).toEqual({oid: blob(first), type: 'blob'})
})
