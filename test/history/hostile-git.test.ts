import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

const pageOf = (result: CheckResult, name = 'guide') => result.report.pages.find((entry) => entry.locale === 'es' && entry.page === name)!
const pinErrors = (result: CheckResult) => result.report.diagnostics.filter((diagnostic) => diagnostic.rule === 'outdated-page').map((diagnostic) => diagnostic.message)

describe('git output is read NUL-delimited', () => {
  it('a commit message cannot forge the files a commit touched', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide')
    repo.write({'en/guide.md': english.replace('carefully', 'with care, twice')})
    // The separators of the old format, then a fake status line naming the translation.
    repo.commit('Reword the run section\u001f\nM\tcontent/es/guide.md\n\u001e')
    const result = await repo.check()
    expect(pageOf(result).base.commit).toBe(base)
    expect(pageOf(result).behind).toBe(1)
  })

  it.each([
    ['a double quote', 'say "hi"'],
    ['a backslash', 'back\\slash'],
    ['a tab', 'tab\there'],
    ['a space and non-ASCII', 'guía rápida']
  ])('a file name with %s keeps its history', async (_, name) => {
    const repo = makeRepo()
    repo.write({[`en/${name}.md`]: english, [`es/${name}.md`]: spanish})
    const base = repo.commit('Add the guide')
    repo.write({[`en/${name}.md`]: english.replace('carefully', 'with care, twice')})
    repo.commit('Reword')
    const result = await repo.check()
    expect(pageOf(result, name).base.commit).toBe(base)
    expect(pageOf(result, name).behind).toBe(1)
  })
})

describe('pins', () => {
  it.each([['<hash> junk'], ['$(touch pwned)'], ['HEAD~1'], ['main']])('`%s` is an invalid pin, not half-read', async (shape) => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide')
    const pin = shape.replace('<hash>', base)
    repo.write({'es/guide.md': `---\ndefault_lang_commit: ${JSON.stringify(pin)}\n---\n\n${spanish}`})
    repo.commit('Pin')
    const result = await repo.check()
    expect(pageOf(result).base).toEqual({commit: null, date: null, from: 'unknown'})
    expect(pinErrors(result)).toEqual([`Pinned source commit \`${pin}\` is not a commit hash; staleness unknown`])
    expect(fs.existsSync(path.join(repo.root, 'pwned'))).toBe(false)
  })

  it('a hash, short or full, still pins', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide')
    repo.write({'es/guide.md': `---\ndefault_lang_commit: ${base.slice(0, 10)}\n---\n\n${spanish}`})
    repo.commit('Pin')
    const result = await repo.check()
    expect(pageOf(result).base).toMatchObject({commit: base, from: 'pin'})
    expect(pinErrors(result)).toEqual([])
  })
})

describe('repositories git refuses', () => {
  afterEach(() => {
    delete process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER
  })

  it('"dubious ownership" is reported as that, with the safe.directory fix', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Add the guide')
    // git's own switch for this check: the repository then looks owned by another user, as a
    // checkout mounted into a CI container often is.
    process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER = '1'
    const result = await repo.check()
    const reason = pageOf(result).baseReason ?? ''
    expect(reason).toContain('git refuses this repository: it belongs to another user (“dubious ownership”)')
    expect(reason).toContain(`git config --global --add safe.directory ${fs.realpathSync(repo.root)}`)
    expect(reason).not.toContain('not in a git repository')
  })
})

describe('symbolic links in the repository', () => {
  it('a symlinked source page reads the history of the file it points to', async () => {
    const repo = makeRepo()
    repo.write({'es/guide.md': spanish})
    fs.mkdirSync(path.join(repo.root, 'shared'))
    fs.writeFileSync(path.join(repo.root, 'shared/guide.md'), english)
    fs.mkdirSync(path.join(repo.root, 'content/en'))
    fs.symlinkSync('../../shared/guide.md', path.join(repo.root, 'content/en/guide.md'))
    const base = repo.commit('Add the guide, shared')
    repo.write({'en/other.md': '# Other\n'})
    repo.commit('Another page')
    const result = await repo.check()
    expect(pageOf(result).base.commit).toBe(base)
    expect(pageOf(result).behind).toBe(0)
    expect(pageOf(result).sections.map((section) => section.sourceChange)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(result.report.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('outdated-'))).toEqual([])
  })
})
