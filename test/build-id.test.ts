import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {buildId, hashSources} from '../src/engine/version.ts'

it('names a build by its sources, so two builds of one version never share a cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-build-'))
  fs.mkdirSync(path.join(dir, 'rules'))
  fs.writeFileSync(path.join(dir, 'rules/a.ts'), 'export const a = 1\n')
  const before = hashSources(dir)
  expect(hashSources(dir)).toBe(before)
  fs.writeFileSync(path.join(dir, 'rules/a.ts'), 'export const a = 2\n')
  expect(hashSources(dir)).not.toBe(before)
  fs.rmSync(dir, {recursive: true})
  // Run from the sources, the build is the hash of src/engine.
  expect(buildId()).toBe(hashSources(path.resolve(import.meta.dirname, '../src/engine')))
})
