import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {english, makeRepo, spanish} from '../history/git-repo.ts'
import {runCli} from '../report/cli.ts'

describe('lockstep pin', {timeout: 180_000}, () => {
  it('pins to HEAD, inserting the key, and lists the source sections the translation now claims to cover', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': `---\ntitle: Guía\n---\n${spanish}`})
    const base = repo.commit('Add the guide')
    repo.write({'en/guide.md': english.replace('npx lockstep check', 'npx lockstep check --fail-on warning') + '\n## Upgrade\n\nRun `npm update lockstep`.\n'})
    const head = repo.commit('Edit the guide')
    const {code, stdout} = await runCli(['pin', 'content/es/guide.md'], repo.root)
    expect(code).toBe(0)
    expect(stdout).toBe(
      `content/es/guide.md: pinned to ${head.slice(0, 7)}, was ${base.slice(0, 7)} (history)\n` +
        '  source sections changed in between, which the translation now claims to cover: “Run” (code), “Upgrade” (added)\n'
    )
    expect(fs.readFileSync(path.join(repo.root, 'content/es/guide.md'), 'utf8')).toBe(`---\ndefault_lang_commit: ${head}\ntitle: Guía\n---\n${spanish}`)
    const result = await repo.check()
    expect(result.report.pages.find((page) => page.locale === 'es')!.base).toMatchObject({commit: head, from: 'pin'})
    expect(result.report.diagnostics.filter((d) => d.rule.startsWith('outdated'))).toEqual([])

    // Back to the first commit: the pin's value alone changes; going back, “Upgrade” is removed.
    const back = await runCli(['pin', 'content/es', '--to', base.slice(0, 9)], repo.root)
    expect(back.stdout).toBe(`content/es/guide.md: pinned to ${base.slice(0, 7)}, was ${head.slice(0, 7)} (pin)\n  source sections changed in between, which the translation now claims to cover: “Run” (code), “Upgrade” (removed)\n`)
    expect(fs.readFileSync(path.join(repo.root, 'content/es/guide.md'), 'utf8')).toBe(`---\ndefault_lang_commit: ${base}\ntitle: Guía\n---\n${spanish}`)
  })

  it('refuses a commit that is not an ancestor of HEAD', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': `---\ntitle: Guía\n---\n${spanish}`})
    repo.commit('Add the guide')
    repo.git('checkout', '--quiet', '-b', 'other')
    repo.write({'en/guide.md': english + '\nMore.\n'})
    const other = repo.commit('Elsewhere')
    repo.git('checkout', '--quiet', 'main')
    const {code, stderr} = await runCli(['pin', 'content/es/guide.md', '--to', other], repo.root)
    expect(code).toBe(2)
    expect(stderr).toBe(`lockstep: ${other} (${other.slice(0, 7)}) is not an ancestor of HEAD: a pin must name a commit of this branch's history\n`)
    expect(fs.readFileSync(path.join(repo.root, 'content/es/guide.md'), 'utf8')).toBe(`---\ntitle: Guía\n---\n${spanish}`)
  })
})
