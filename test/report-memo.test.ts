import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../src/engine/check.ts'
import {checkReport, type ReportResult} from '../src/engine/check-report.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import type {UserConfig} from '../src/engine/config/schema.ts'
import {formatJson} from '../src/engine/report/format-json.ts'
import {english, makeRepo, spanish} from './history/git-repo.ts'
import {runCli} from './report/cli.ts'
import {writeTree} from './helpers.ts'

// `lockstep check` reuses the last run's report when nothing it was made from changed, and
// only then: every input that can change a report must make it again.

/**
 * What `lockstep check` takes of a check: the report, and the bytes of its JSON format, which are
 * streamed from the memo when it is reused and must be exactly that report's.
 */
async function read(result: ReportResult) {
  const report = await result.report()
  const pieces: Buffer[] = []
  for await (const piece of result.json()) pieces.push(Buffer.from(piece))
  expect(Buffer.concat(pieces).toString('utf8')).toBe(formatJson(report))
  expect(result.summary).toEqual(report.summary)
  return {reused: result.reused, report}
}

describe('the report of an unchanged run', () => {
  it('is the last run’s while nothing changed; a changed byte, file list, config, option or a broken memo make it again', async () => {
    const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish, 'en/faq.md': '# FAQ\n\n## Why\n\nBecause.\n'})
    const cacheDir = path.join(root, '.lockstep-cache')
    const run = async (config: UserConfig = {}, extra: {locales?: string[]; explain?: boolean; only?: () => boolean} = {}) => read(await checkReport({config: validateConfig(config), cwd: root, cacheDir, ...extra}))
    const uncached = async (config: UserConfig = {}) => (await check({config: validateConfig(config), cwd: root})).report

    const first = await run()
    expect(first.reused).toBe(false)
    expect(first.report.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('missing-page')
    const again = await run()
    expect(again.reused).toBe(true)
    expect(again.report).toEqual(first.report)

    // One byte of a translation: the new report is the one a check without any cache gives.
    await fs.writeFile(path.join(root, 'content/es/guide.md'), spanish.replace('## Ejecutar', '### Ejecutar'))
    const edited = await run()
    expect(edited.reused).toBe(false)
    expect(edited.report.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('heading-level')
    expect(edited.report).toEqual(await uncached())
    expect((await run()).reused).toBe(true)

    // A page added: the file list is part of what the report was made from.
    await fs.writeFile(path.join(root, 'content/es/faq.md'), '# Preguntas\n\n## Por qué\n\nPorque sí.\n')
    const added = await run()
    expect(added.reused).toBe(false)
    expect(added.report.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain('missing-page')

    // The config, the locales asked for and --explain.
    const quiet = await run({rules: {'heading-level': 'off'}})
    expect(quiet.reused).toBe(false)
    expect(quiet.report.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain('heading-level')
    expect((await run({rules: {'heading-level': 'off'}})).reused).toBe(true)
    expect((await run()).reused).toBe(false)
    expect((await run({}, {locales: ['es']})).reused).toBe(false)
    const explained = await run({}, {explain: true})
    expect(explained.reused).toBe(false)
    // Made after a run without --explain, whose cached alignments have no reasons: the pairs are aligned again, with them.
    expect(explained.report.pages.find((page) => page.locale === 'es' && page.page === 'guide')!.sections[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^position /)]))

    // A memo cut short or edited by hand is not read.
    const memo = path.join(cacheDir, 'report.json')
    const text = await fs.readFile(memo, 'utf8')
    await fs.writeFile(memo, text.replace('"heading-level"', '"heading-levels"'))
    const afterEdit = await run({}, {explain: true})
    expect(afterEdit.reused).toBe(false)
    expect(afterEdit.report).toEqual(explained.report)
    await fs.writeFile(memo, text.slice(0, text.length / 2))
    expect((await run({}, {explain: true})).reused).toBe(false)

    // A memo replaced by other bytes after it was found is not written out as the report.
    const found = await checkReport({config: validateConfig({}), cwd: root, cacheDir, explain: true})
    expect(found.reused).toBe(true)
    await fs.writeFile(memo, (await fs.readFile(memo, 'utf8')).replace('"heading-level"', '"heading-levels"'))
    await expect(found.report()).rejects.toThrow('changed while it was read')
    expect((await run({}, {explain: true})).reused).toBe(false)

    // A run over part of the pages (a shard, --changed-since) neither reads nor replaces it.
    expect((await run({}, {only: () => true})).reused).toBe(false)
    expect((await run({}, {explain: true})).reused).toBe(true)
  })

  it('with history, is made again after a commit, and when a pin no longer resolves to the same commit', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Add the guide and its translation')
    // A pin to a commit on another branch: it resolves while the branch exists.
    repo.git('checkout', '--quiet', '-b', 'other')
    repo.write({'en/guide.md': english.replace('carefully', 'closely')})
    const pinned = repo.commit('Reword, on a branch')
    repo.git('checkout', '--quiet', 'main')
    repo.write({'es/guide.md': `---\ndefault_lang_commit: ${pinned}\n---\n${spanish}`})
    repo.commit('Pin the translation')
    const cacheDir = path.join(repo.root, '.lockstep-cache')
    const run = async () => read(await checkReport({config: validateConfig({}), cwd: repo.root, cacheDir}))
    const page = (report: Awaited<ReturnType<typeof run>>['report']) => report.pages.find((entry) => entry.locale === 'es' && entry.page === 'guide')!

    const first = await run()
    expect(page(first.report).base).toMatchObject({commit: pinned, from: 'pin'})
    expect((await run()).reused).toBe(true)

    repo.write({'en/guide.md': english + '\n## Upgrade\n\nNew releases come out every month.\n'})
    repo.commit('Add Upgrade')
    const committed = await run()
    expect(committed.reused).toBe(false)
    expect(page(committed.report).missing.map((section) => section.title)).toEqual(['Upgrade'])
    expect((await run()).reused).toBe(true)

    // The branch is deleted and its commit pruned: same files, same HEAD, another answer from git.
    repo.git('branch', '--quiet', '-D', 'other')
    repo.git('reflog', 'expire', '--expire=now', '--all')
    repo.git('gc', '--quiet', '--prune=now')
    const pruned = await run()
    expect(pruned.reused).toBe(false)
    expect(page(pruned.report).base.commit).not.toBe(pinned)
    expect(pruned.report).toEqual((await check({config: validateConfig({}), cwd: repo.root})).report)
  })

  it('written by `lockstep check` is the same in every format, with the same exit code, as the run that made it', async () => {
    // The Spanish page lacks its last section (an error), and the FAQ is not translated.
    const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish.slice(0, spanish.indexOf('## Ejecutar')), 'en/faq.md': '# FAQ\n\n## Why\n\nBecause.\n'})
    const args = ['check', '--format', 'json=out/report.json', '--format', 'sarif=out/report.sarif', '--format', 'text']
    const outputs = async () => [await fs.readFile(path.join(root, 'out/report.json'), 'utf8'), await fs.readFile(path.join(root, 'out/report.sarif'), 'utf8')]
    const made = await runCli(args, root)
    expect(made.code).toBe(1)
    expect(made.stdout).toContain('missing-section')
    expect(made.stdout).toContain('missing-page')
    const madeFiles = await outputs()
    expect(JSON.parse(madeFiles[0]!).summary.errors).toBe(1)

    const reused = await runCli(args, root)
    expect(reused.code).toBe(1)
    expect(reused.stdout).toBe(made.stdout)
    expect(await outputs()).toEqual(madeFiles)
    expect(await fs.readdir(path.join(root, 'out'))).toEqual(['report.json', 'report.sarif'])
    // A baseline of every finding, applied to the reused report: nothing left to fail on.
    expect((await runCli(['check', '--write-baseline', 'baseline.json', '--fail-on', 'never'], root)).code).toBe(0)
    expect((await runCli(['check', '--baseline', 'baseline.json'], root)).code).toBe(0)
  })
})
