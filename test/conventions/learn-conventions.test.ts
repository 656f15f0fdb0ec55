import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check, type CheckResult} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {learnConventions} from '../../src/engine/conventions/learn-conventions.ts'
import {formatText} from '../../src/engine/report/format-text.ts'
import {checkFiles, writeTree} from '../helpers.ts'
import {makeRepo} from '../history/git-repo.ts'
import {conventionIds, englishPages, translatedPages} from './site.ts'

/** Findings of the two rules the site's conventions are about, as `rule locale/page`. */
function conventionFindings(result: CheckResult): string[] {
  return result.report.diagnostics
    .filter((diagnostic) => diagnostic.rule === 'shortcode-mismatch' || diagnostic.rule === 'frontmatter-mismatch')
    .map((diagnostic) => `${diagnostic.rule} ${diagnostic.locale}/${diagnostic.page}`)
}

const settings = {learn: true, minPages: 10, minLocales: 3, minShare: 0.5, pin: [], off: []}
const site = {translated: 12, withFeature: () => new Set<string>()}

describe('learning conventions without history (minimum support decides)', () => {
  it('learns a component and a key that 12 translated pages in 3 locales drop, and leaves their findings out', async () => {
    const result = await checkFiles({...englishPages(4, true), ...translatedPages(4)})
    expect(result.report.conventions.map((convention) => [convention.id, convention.status, convention.pages, convention.locales.join(' '), convention.findings])).toEqual([
      ['frontmatter-mismatch: i18nReady dropped', 'learned', 12, 'de es fr', 12],
      ['shortcode-mismatch: DontEditWarning dropped', 'learned', 12, 'de es fr', 12]
    ])
    expect(conventionFindings(result)).toEqual([])
    expect(result.report.diagnostics.some((diagnostic) => 'difference' in diagnostic)).toBe(false)
  })

  it('learns nothing from 9 pages: every finding is reported', async () => {
    const result = await checkFiles({...englishPages(3, true), ...translatedPages(3)})
    expect(result.report.conventions).toEqual([])
    expect(conventionFindings(result)).toHaveLength(18)
    expect(result.conventions.map((convention) => [convention.id, convention.status, convention.pages])).toEqual([
      [conventionIds[0], 'candidate', 9],
      [conventionIds[1], 'candidate', 9]
    ])
  })

  it('lists the learned conventions once, after the total of the text report', async () => {
    const result = await checkFiles({...englishPages(4, true), ...translatedPages(4)})
    const text = formatText(result.report)
    expect(text).toContain('Site conventions (24 findings left out; `lockstep conventions` lists every candidate):\n')
    expect(text).toContain('  shortcode-mismatch: DontEditWarning dropped  12 pages in 3 locales (100% of the pages that could), learned\n')
    expect(text.split('DontEditWarning')).toHaveLength(2)
  })

  it('turns a learned convention off, and pins one that lacks support', async () => {
    const off = await checkFiles({...englishPages(4, true), ...translatedPages(4)}, {conventions: {off: [conventionIds[1]!]}})
    expect(off.report.conventions.map((convention) => convention.id)).toEqual([conventionIds[0]])
    expect(conventionFindings(off).filter((finding) => finding.startsWith('shortcode-mismatch'))).toHaveLength(12)
    const pinned = await checkFiles({...englishPages(1, true), ...translatedPages(1)}, {conventions: {pin: [conventionIds[1]!]}})
    expect(pinned.report.conventions.map((convention) => [convention.id, convention.status, convention.pages])).toEqual([[conventionIds[1], 'pinned', 3]])
    expect(conventionFindings(pinned)).toEqual(['frontmatter-mismatch de/alpha', 'frontmatter-mismatch es/alpha', 'frontmatter-mismatch fr/alpha'])
  })

  it('learns nothing when most translations keep what a few drop (share below minShare)', async () => {
    const files = {...englishPages(6, true), ...translatedPages(6)}
    // Two pages in each locale keep the note and the key: 12 of 18 pages drop them (67 %).
    for (const locale of ['es', 'fr', 'de']) {
      for (const topic of ['echo', 'foxtrot']) files[`${locale}/${topic}.mdx`] = files[`${locale}/${topic}.mdx`]!.replace('---\n\n', 'i18nReady: true\n---\n\n<DontEditWarning />\n\n')
    }
    const learned = await checkFiles(files)
    expect(learned.report.conventions.map((convention) => [convention.id, convention.share])).toEqual([
      [conventionIds[0], 0.67],
      [conventionIds[1], 0.67]
    ])
    const strict = await checkFiles(files, {conventions: {minShare: 0.7}})
    expect(strict.report.conventions).toEqual([])
    expect(conventionFindings(strict)).toHaveLength(24)
  })

  it('filters cached findings after learning: a second run from the cache gives the same report', async () => {
    const root = await writeTree({...englishPages(4, true), ...translatedPages(4)})
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-cache-'))
    const run = () => check({config: validateConfig({}), cwd: root, cacheDir})
    const first = await run()
    const second = await run()
    expect(second.stats.pagesChecked).toBe(0)
    expect(second.report).toEqual(first.report)
    expect(second.report.conventions).toHaveLength(2)
    // One page's findings change: the others come from the cache and still count.
    await fs.writeFile(path.join(root, 'content/es/alpha.mdx'), translatedPages(1)['es/alpha.mdx']!.replace('Uso', 'Modo de uso'))
    const third = await run()
    expect(third.stats.pagesChecked).toBe(1)
    expect(third.report.conventions.map((convention) => convention.pages)).toEqual([12, 12])
    // A run that checks one page (`--changed-since`) still learns from the others' cached findings.
    const one = await check({config: validateConfig({}), cwd: root, cacheDir, only: ({locale, page}) => locale === 'es' && page === 'alpha'})
    expect(one.report.conventions.map((convention) => convention.pages)).toEqual([12, 12])
    expect(conventionFindings(one)).toEqual([])
  })
})

describe('learning conventions with history', () => {
  it('learns what translations made after the source had it drop', async () => {
    const repo = makeRepo()
    repo.write(englishPages(4, true))
    repo.commit('English pages with the note to translators')
    repo.write(translatedPages(4))
    repo.commit('Translations')
    const result = await repo.check()
    expect(result.report.conventions.map((convention) => [convention.id, convention.status, convention.pages, convention.newer])).toEqual([
      [conventionIds[0], 'learned', 12, 0],
      [conventionIds[1], 'learned', 12, 0]
    ])
    expect(conventionFindings(result)).toEqual([])
  })

  it('recall: a component and a key added to every English page after the translations are reported on every page', async () => {
    const repo = makeRepo()
    repo.write({...englishPages(4, false), ...translatedPages(4)})
    repo.commit('English pages and their translations')
    repo.write(englishPages(4, true))
    repo.commit('Every English page gets a note and a key')
    const result = await repo.check()
    expect(result.report.conventions).toEqual([])
    const pages = Object.keys(translatedPages(4)).map((file) => file.replace('.mdx', ''))
    expect(conventionFindings(result).sort()).toEqual([...pages.map((page) => `frontmatter-mismatch ${page}`), ...pages.map((page) => `shortcode-mismatch ${page}`)].sort())
    expect(result.conventions.map((convention) => [convention.id, convention.status, convention.pages, convention.newer])).toEqual([
      [conventionIds[0], 'candidate', 0, 12],
      [conventionIds[1], 'candidate', 0, 12]
    ])
  })
})

describe('learnConventions', () => {
  const candidates = (rule: string, count: number, locales: string[]) =>
    Array.from({length: count}, (_, index) => ({rule, key: 'x dropped', side: 'dropped' as const, locale: locales[index % locales.length]!, page: `page-${index}`, seen: undefined}))

  it('needs 10 pages in 3 locales by default', () => {
    expect(learnConventions(candidates('shortcode-mismatch', 10, ['es', 'fr', 'de']), settings, site)[0]!.status).toBe('learned')
    expect(learnConventions(candidates('shortcode-mismatch', 9, ['es', 'fr', 'de']), settings, site)[0]!.status).toBe('candidate')
    expect(learnConventions(candidates('shortcode-mismatch', 12, ['es', 'fr']), settings, site)[0]!.status).toBe('candidate')
  })

  it('never learns missing-page, missing-section or the outdated rules', () => {
    for (const rule of ['missing-page', 'missing-section', 'outdated-page', 'outdated-section']) expect(learnConventions(candidates(rule, 30, ['es', 'fr', 'de']), settings, site)).toEqual([])
  })

  it('counts no page whose translation was made before the source had what differs', () => {
    const seen = candidates('frontmatter-mismatch', 12, ['es', 'fr', 'de']).map((candidate, index) => ({...candidate, seen: index >= 3}))
    expect(learnConventions(seen, settings, site)[0]).toMatchObject({status: 'candidate', pages: 9, newer: 3})
  })
})

describe('conventions config', () => {
  it('rejects a pinned convention of a rule that never has conventions', () => {
    expect(() => validateConfig({conventions: {pin: ['missing-section: Install dropped']}})).toThrow(/never of `missing-page`/)
  })
})
