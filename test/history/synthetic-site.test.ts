import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {syntheticSite} from '../../scripts/synthetic-site.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

// The benchmark's stand-in for a large site with a long history (`npm run bench`): what it builds
// must be what it says, and the same on every run.
it('copies every locale’s pages into folders of their own and adds the commits asked for, the same each time', () => {
  const from = makeRepo()
  from.write({'en/guide.md': english, 'es/guide.md': spanish, 'en/other.md': '# Other\n\nText.\n'})
  from.commit('Pages')
  const build = () => syntheticSite(from.root, fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-synthetic-')) + '/site', {contentDir: 'content', copies: 3, commits: 40})
  const site = build()
  const git = (...args: string[]) => execFileSync('git', args, {cwd: site.root, encoding: 'utf8'}).trim()
  expect(site.pages).toBe(9)
  expect(git('rev-list', '--count', 'HEAD')).toBe('40')
  const files = git('ls-files', 'content').split('\n').sort()
  expect(files).toEqual(['content/en/copy2/guide.md', 'content/en/copy2/other.md', 'content/en/copy3/guide.md', 'content/en/copy3/other.md', 'content/en/guide.md', 'content/en/other.md', 'content/es/copy2/guide.md', 'content/es/copy3/guide.md', 'content/es/guide.md'])
  // Each commit after the first adds one paragraph to one page.
  const added = files.map((file) => (fs.readFileSync(path.join(site.root, file), 'utf8').match(/^Change \d+ of the synthetic history/gm) ?? []).length)
  expect(added.reduce((sum, count) => sum + count, 0)).toBe(39)
  expect(git('status', '--porcelain')).toBe('')
  expect(execFileSync('git', ['rev-parse', 'HEAD'], {cwd: build().root, encoding: 'utf8'}).trim()).toBe(git('rev-parse', 'HEAD'))
})
