import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {formatJson} from '../../src/engine/report/format-json.ts'
import type {CheckResult} from '../../src/engine/check.ts'
import {checkFiles} from '../helpers.ts'
import {cloneRepo, english, makeRepo, spanish} from './git-repo.ts'

/** The history rules' findings as `rule line:column severity message`. */
function findings(result: CheckResult): string[] {
  return result.report.diagnostics
    .filter((diagnostic) => diagnostic.rule === 'outdated-page' || diagnostic.rule === 'outdated-section' || diagnostic.rule === 'missing-section')
    .map((diagnostic) => `${diagnostic.rule} ${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message}`)
}

/** A repository where the translation was made at the first commit; returns it and that commit. */
function translated() {
  const repo = makeRepo()
  repo.write({'en/guide.md': english, 'es/guide.md': spanish})
  const base = repo.commit('Add the guide and its translation')
  return {repo, base, short: base.slice(0, 7)}
}

const page = (result: CheckResult) => result.report.pages.find((entry) => entry.locale === 'es' && entry.page === 'guide')!

describe('history', () => {
  it('finds the base in the history and reports nothing when the source did not change', async () => {
    const {repo, base} = translated()
    repo.write({'en/other.md': '# Other\n'})
    repo.commit('Another page')
    const result = await repo.check()
    expect(page(result).base).toEqual({commit: base, date: '2024-01-01T00:01:00Z', from: 'history'})
    expect(page(result).behind).toBe(0)
    expect(page(result).sections.map((section) => section.sourceChange)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(findings(result)).toEqual([])
  })

  it('reports a typo fix as info', async () => {
    const {repo, short} = translated()
    repo.write({'en/guide.md': english.replace('carefully', 'carefuly')})
    repo.commit('Typo')
    const result = await repo.check()
    expect(findings(result)).toEqual([
      `outdated-page 1:1 info The en page changed since this translation’s base ${short} (history, 2024-01-01, 1 commit behind): typo fixes only`,
      `outdated-section 13:1 info Source section “Run” had a typo or whitespace fix since this translation’s base ${short}`
    ])
    expect(page(result).sections[2]).toMatchObject({sourceChange: 'changed', changeKinds: ['typo']})
  })

  it('reports a prose change, a code change and a link change, each by kind', async () => {
    const {repo, short} = translated()
    repo.write({
      'en/guide.md': english
        .replace('to add it to a project', 'to add it to any Node.js project, then commit the lockfile')
        .replace('npx lockstep check', 'npx lockstep check --fail-on warning')
        .replace('/docs/locales/', '/docs/configuration/locales/')
    })
    repo.commit('Rewrite')
    const result = await repo.check()
    expect(findings(result)).toEqual([
      `outdated-page 1:1 warning The en page changed since this translation’s base ${short} (history, 2024-01-01, 1 commit behind): 3 sections changed`,
      `outdated-section 5:1 warning Source section “Install” changed (prose) since this translation’s base ${short}`,
      `outdated-section 9:1 warning Source section “Configure” changed (links) since this translation’s base ${short}`,
      `outdated-section 13:1 warning Source section “Run” changed (code) since this translation’s base ${short}`
    ])
  })

  it('reports a section added since the base as new, not as dropped by the translator', async () => {
    const {repo} = translated()
    // A section the translator dropped, for contrast: it was in the source at the base.
    repo.write({'es/guide.md': spanish.replace(/## Configurar[^]*?(?=## Ejecutar)/, '')})
    const base = repo.commit('Shorten the translation').slice(0, 7)
    repo.write({'en/guide.md': english + '\n## Upgrade\n\nRun `npm update lockstep` now and then.\n'})
    repo.commit('Add an upgrade section')
    const result = await repo.check()
    expect(findings(result)).toEqual([
      `outdated-page 1:1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section added`,
      'missing-section 8:1 error Missing section “Configure” (H2), which belongs after “Instalar”',
      `outdated-section 11:1 warning Section “Upgrade” (H2) was added to the source after this translation’s base ${base}; it belongs after “Ejecutar”`
    ])
    expect(page(result).missing.map((section) => [section.title, section.sourceChange])).toEqual([
      ['Configure', 'unchanged'],
      ['Upgrade', 'added']
    ])
  })

  it('reports a section removed and a section moved since the base', async () => {
    const {repo, short} = translated()
    const [intro, install, configure, run] = english.split(/(?=## )/)
    repo.write({'en/guide.md': intro! + run! + '\n' + install!.trimEnd() + '\n'})
    void configure
    repo.commit('Drop Configure, put Run first')
    const result = await repo.check()
    expect(findings(result)[0]).toBe(`outdated-page 1:1 warning The en page changed since this translation’s base ${short} (history, 2024-01-01, 1 commit behind): 1 section moved, 1 removed`)
    expect(page(result).removedSinceBase).toEqual([{title: 'Configure', level: 2}])
    expect(page(result).sections.map((section) => [section.title, section.sourceChange ?? null])).toEqual([
      // Of two sections that swapped places, the aligner keeps the longer run in order and calls the other moved.
      ['Instalar', 'unchanged'],
      ['Configurar', null],
      ['Ejecutar', 'moved']
    ])
  })

  it('ignores source commits whose message has an ignore keyword', async () => {
    const {repo} = translated()
    repo.write({'en/guide.md': english.replace('Run `npx', 'Then run `npx')})
    repo.commit('Reword [skip l10n]')
    const result = await repo.check()
    expect(page(result).behind).toBe(0)
    expect(findings(result)).toEqual([])
    const strict = await repo.check({history: {ignoreKeywords: []}})
    expect(page(strict).behind).toBe(1)
  })

  it('decides by ancestry, not dates: a source edit merged from a branch with an older date is still news', async () => {
    const {repo, short} = translated()
    repo.git('checkout', '--quiet', '-b', 'edit')
    repo.write({'en/guide.md': english.replace('read the report carefully', 'read every line of the report before you merge')})
    repo.commit('Source edit on a branch', '2023-06-01T00:00:00Z')
    repo.git('checkout', '--quiet', 'main')
    repo.write({'es/guide.md': spanish.replace('con atención', 'con mucha atención')})
    const translation = repo.commit('Polish the translation', '2024-06-01T00:00:00Z')
    repo.git('merge', '--quiet', '--no-edit', 'edit')
    const result = await repo.check()
    expect(page(result).base.commit).toBe(translation)
    expect(page(result).behind).toBe(1)
    expect(findings(result)).toEqual([
      `outdated-page 1:1 warning The en page changed since this translation’s base ${translation.slice(0, 7)} (history, 2024-06-01, 1 commit behind): 1 section changed`,
      `outdated-section 13:1 warning Source section “Run” changed (prose) since this translation’s base ${translation.slice(0, 7)}`
    ])
    void short
  })

  it('follows a rebase: a translation rebased onto a source edit has seen it, a source edit rebased onto the translation is news', async () => {
    const under = translated().repo
    under.git('checkout', '--quiet', '-b', 'l10n')
    under.write({'es/guide.md': spanish.replace('con atención', 'con mucha atención')})
    under.commit('Polish the translation on a branch')
    under.git('checkout', '--quiet', 'main')
    under.write({'en/guide.md': english.replace('read the report carefully', 'read every line of the report before you merge')})
    under.commit('Source edit on main')
    under.git('checkout', '--quiet', 'l10n')
    under.git('rebase', '--quiet', 'main')
    under.git('checkout', '--quiet', 'main')
    under.git('merge', '--quiet', '--ff-only', 'l10n')
    const rebased = under.git('rev-parse', 'HEAD').trim()
    const seen = await under.check()
    expect(page(seen).base.commit).toBe(rebased)
    expect(page(seen).behind).toBe(0)
    expect(findings(seen)).toEqual([])

    // The source edit is written before the translation's polish (author date 2023) but lands after it.
    const over = translated().repo
    over.git('checkout', '--quiet', '-b', 'edit')
    over.write({'en/guide.md': english.replace('read the report carefully', 'read every line of the report before you merge')})
    over.commit('Source edit on a branch', '2023-06-01T00:00:00Z')
    over.git('checkout', '--quiet', 'main')
    over.write({'es/guide.md': spanish.replace('con atención', 'con mucha atención')})
    const translation = over.commit('Polish the translation', '2024-06-01T00:00:00Z')
    over.git('checkout', '--quiet', 'edit')
    over.git('rebase', '--quiet', 'main')
    over.git('checkout', '--quiet', 'main')
    over.git('merge', '--quiet', '--ff-only', 'edit')
    const news = await over.check()
    expect(page(news).base.commit).toBe(translation)
    expect(page(news).behind).toBe(1)
    expect(page(news).sections.map((section) => section.sourceChange)).toEqual(['unchanged', 'unchanged', 'changed'])
  })

  it('counts a squash merge as one commit behind', async () => {
    const {repo} = translated()
    repo.git('checkout', '--quiet', '-b', 'feature')
    repo.write({'en/guide.md': english.replace('to add it', 'to add Lockstep')})
    repo.commit('One')
    repo.write({'en/guide.md': english.replace('to add it', 'to add Lockstep').replace('and set', 'and list')})
    repo.commit('Two')
    repo.git('checkout', '--quiet', 'main')
    repo.git('merge', '--quiet', '--squash', 'feature')
    repo.commit('Squashed feature')
    const result = await repo.check()
    expect(page(result).behind).toBe(1)
    expect(page(result).sections.map((section) => section.sourceChange)).toEqual(['changed', 'changed', 'unchanged'])
  })

  it('says unknown in a shallow clone that does not reach the translation’s last change', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english})
    repo.commit('Source first')
    repo.write({'es/guide.md': spanish})
    repo.commit('Translate')
    repo.write({'en/guide.md': english.replace('carefully', 'with care, twice')})
    repo.commit('Edit')
    const shallow = cloneRepo(repo, '--depth', '1')
    const result = await shallow.check()
    expect(page(result).base).toEqual({commit: null, date: null, from: 'unknown'})
    expect(result.history.get('es/guide')?.reason).toMatch(/shallow/)
    expect(findings(result)).toEqual([])
    // Deep enough to see the translation's commit: known again.
    const deeper = await cloneRepo(repo, '--depth', '3').check()
    expect(page(deeper).base.from).toBe('history')
    expect(page(deeper).behind).toBe(1)
  })

  it('uses a front-matter pin over the history, and reports a pin that does not resolve', async () => {
    const {repo, base} = translated()
    repo.write({'en/guide.md': english.replace('to add it to a project', 'to add it to a project; Node.js 24 or later is required')})
    repo.commit('Require Node 24')
    repo.write({'es/guide.md': `---\ndefault_lang_commit: ${base}\n---\n\n${spanish}`})
    repo.commit('Pin the translation')
    const pinned = await repo.check()
    expect(page(pinned).base).toMatchObject({commit: base, from: 'pin'})
    expect(page(pinned).behind).toBe(1)
    expect(findings(pinned)[1]).toBe(`outdated-section 9:1 warning Source section “Install” changed (prose) since this translation’s base ${base.slice(0, 7)}`)

    repo.write({'es/guide.md': `---\ntranslated_from: 0123456789abcdef0123456789abcdef01234567\n---\n\n${spanish}`})
    repo.commit('Pin to a commit that does not exist')
    const missing = await repo.check({history: {pinKey: 'translated_from'}})
    expect(page(missing).base).toEqual({commit: null, date: null, from: 'unknown'})
    expect(findings(missing)).toEqual(['outdated-page 2:1 warning Pinned source commit `0123456789abcdef0123456789abcdef01234567` does not resolve (no such commit in this repository); staleness unknown'])
    // The pin's key is a translation-only key whatever it is called.
    expect(missing.report.diagnostics.filter((diagnostic) => diagnostic.rule === 'frontmatter-mismatch')).toEqual([])
  })

  it('says unknown, without a finding, for a pin beyond a shallow clone’s history', async () => {
    const {repo, base} = translated()
    repo.write({'en/guide.md': english.replace('carefully', 'with care, twice'), 'es/guide.md': `---\ndefault_lang_commit: ${base}\n---\n\n${spanish}`})
    repo.commit('Edit and pin')
    const result = await cloneRepo(repo, '--depth', '1').check()
    expect(page(result).base.from).toBe('unknown')
    expect(result.history.get('es/guide')?.reason).toMatch(/shallow/)
    expect(findings(result)).toEqual([])
  })

  it('follows a source page renamed since the base', async () => {
    const {repo, base} = translated()
    repo.git('mv', 'content/en/guide.md', 'content/en/setup.md')
    repo.write({'en/setup.md': english.replace('carefully', 'from top to bottom, and fix what it finds')})
    repo.commit('Rename the guide to setup, and edit it')
    repo.git('mv', 'content/es/guide.md', 'content/es/setup.md')
    repo.commit('Move the translation too [skip l10n]')
    const result = await repo.check()
    const setup = result.report.pages.find((entry) => entry.locale === 'es' && entry.page === 'setup')!
    expect(setup.base.commit).toBe(base)
    expect(result.history.get('es/setup')?.baseFile).toBe('content/en/guide.md')
    expect(setup.sections.map((section) => section.sourceChange)).toEqual(['unchanged', 'unchanged', 'changed'])
  })

  it('says unknown without a git repository, and the history rules stay silent', async () => {
    const result = await checkFiles({'en/guide.md': english.replace('Run', 'Go'), 'es/guide.md': spanish})
    expect(page(result).base).toEqual({commit: null, date: null, from: 'unknown'})
    expect(page(result).behind).toBeNull()
    expect(page(result).sections.every((section) => section.sourceChange === undefined)).toBe(true)
    expect(findings(result).filter((line) => line.startsWith('outdated'))).toEqual([])
  })

  it('is silent when history is turned off', async () => {
    const {repo} = translated()
    repo.write({'en/guide.md': english.replace('carefully', 'with care, twice over')})
    repo.commit('Edit')
    const result = await repo.check({history: {enabled: false}})
    expect(page(result).base.from).toBe('unknown')
    expect(findings(result)).toEqual([])
  })

  it('gives the same report from its cache of changes per base blob', async () => {
    const {repo} = translated()
    repo.write({'en/guide.md': english.replace('to add it to a project', 'to add it to a project, then commit the lockfile')})
    repo.commit('Edit')
    const cacheDir = path.join(repo.root, '.cache')
    const run = () => check({config: validateConfig({}), cwd: repo.root, cacheDir})
    const cold = await run()
    expect(fs.existsSync(path.join(cacheDir, 'history.json'))).toBe(true)
    const warm = await run()
    expect(formatJson(warm.report)).toBe(formatJson(cold.report))
    expect(findings(warm)).toHaveLength(2)
  })
})
