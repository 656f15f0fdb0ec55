import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

// History as the site's own tooling sees it: what was added since a translation's base, commit
// directives and ignore keywords of Lunaria, front-matter changes, removals done in every language.

const page = (result: CheckResult) => result.report.pages.find((entry) => entry.locale === 'es' && entry.page === 'guide')!

/** Findings of the section and history rules as `rule line severity message`. */
function findings(result: CheckResult): string[] {
  return result.report.diagnostics
    .filter((diagnostic) => ['outdated-page', 'outdated-section', 'missing-section', 'extra-section'].includes(diagnostic.rule))
    .map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.severity} ${diagnostic.message}`)
}

describe('a section added since the base', () => {
  it('is never paired with an old translated section, even in the place of one the source removed', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide and its translation').slice(0, 7)
    // The source replaced “Configure” with a new section of the same rank at the same place.
    repo.write({'en/guide.md': english.replace(/## Configure[^]*?(?=## Run)/, '## Upgrade\n\nNew releases come out every month.\n\n')})
    repo.commit('Replace Configure with Upgrade')
    const result = await repo.check()
    expect(page(result).sections.map((section) => [section.title, section.source?.title ?? null])).toEqual([
      ['Instalar', 'Install'],
      ['Configurar', null],
      ['Ejecutar', 'Run']
    ])
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section added, 1 removed`,
      `outdated-section 8 warning Section “Upgrade” (H2) was added to the source after this translation’s base ${base}; it belongs after “Instalar”`,
      'extra-section 9 warning Section “Configurar” has no counterpart in the en page'
    ])
  })

  it('is reported as new (a warning), not absorbed into a section only the translation has', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish + '\n## Preguntas frecuentes\n\nEscribe a la lista de correo.\n'})
    const base = repo.commit('Add the guide and its translation, with a section of its own').slice(0, 7)
    repo.write({'en/guide.md': english + '\n## Upgrade\n\nNew releases come out every month.\n'})
    repo.commit('Add Upgrade')
    const result = await repo.check()
    expect(page(result).sections.find((section) => section.title === 'Preguntas frecuentes')?.source).toBeNull()
    expect(page(result).missing.map((section) => [section.title, section.sourceChange])).toEqual([['Upgrade', 'added']])
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section added`,
      `outdated-section 16 warning Section “Upgrade” (H2) was added to the source after this translation’s base ${base}; it belongs after “Ejecutar”`,
      'extra-section 17 warning Section “Preguntas frecuentes” has no counterpart in the en page'
    ])
  })
})

describe('Lunaria commit directives and keywords', () => {
  function translated() {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide and its translation')
    return {repo, base, short: base.slice(0, 7)}
  }

  it('a bulk source commit that also fixed a link in the translation, tracked for the source only, is not the translation’s base', async () => {
    const {repo, base, short} = translated()
    repo.write({
      'en/guide.md': english.replace('read the report carefully', 'read every line of the report before you merge'),
      'es/guide.md': spanish.replace('/docs/locales/', '/docs/configuration/locales/')
    })
    repo.commit('Release 2.0 docs\n\n@lunaria-track:content/en/**')
    const result = await repo.check()
    expect(page(result).base.commit).toBe(base)
    expect(page(result).behind).toBe(1)
    expect(findings(result)).toContain(`outdated-section 13 warning Source section “Run” changed (prose) since this translation’s base ${short}`)
    // Without the directive the same commit is a re-translation, as Lunaria would say too.
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const plain = repo.commit('Revert')
    expect(page(await repo.check()).base.commit).toBe(plain)
  })

  // The second as Starlight writes them: `src/content/docs/es/…` from its `docs/` folder; here `es/…` from `content/`.
  it.each([
    {globs: 'content/es/guide.md;content/fr/**', from: 'the repository root'},
    {globs: 'es/guide.md;fr/guide.md', from: 'Lunaria’s own folder below the root'}
  ])('an @lunaria-ignore directive leaves the files it names out of the commit (globs from $from)', async ({globs}) => {
    const {repo, base} = translated()
    repo.write({'en/guide.md': english.replace('to add it', 'to install it'), 'es/guide.md': spanish.replace('/docs/locales/', '/docs/configuration/locales/')})
    repo.commit(`Fix links everywhere\n\n@lunaria-ignore:${globs}`)
    const result = await repo.check()
    expect(page(result).base.commit).toBe(base)
    expect(page(result).behind).toBe(1)
  })

  it('a commit with an ignore keyword from lunaria.config.json that edits both languages is neither news nor a re-translation', async () => {
    const {repo, base} = translated()
    const fs = await import('node:fs')
    // In the content folder's parent, like Starlight's `docs/lunaria.config.json`.
    fs.writeFileSync(`${repo.root}/lunaria.config.json`, JSON.stringify({tracking: {ignoredKeywords: ['chore(format)']}}))
    repo.write({'en/guide.md': english.replace('## Run\n\nRun', '## Run\n\nThen run'), 'es/guide.md': spanish.replace('## Ejecutar\n\nEjecuta', '## Ejecutar\n\nLuego ejecuta')})
    repo.commit('chore(format): reflow both languages')
    const result = await repo.check()
    expect(page(result).base.commit).toBe(base)
    expect(page(result).behind).toBe(0)
    expect(findings(result)).toEqual([])
  })
})

describe('front matter and removals', () => {
  const withFrontmatter = (text: string, description: string) => `---\ntitle: Guide\ndescription: ${description}\n---\n\n${text.replace(/^# .*\n\n/, '')}`

  it('a change to a translatable front-matter value is a change of the introduction', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': withFrontmatter(english, 'How to install Lockstep'), 'es/guide.md': withFrontmatter(spanish, 'Cómo instalar Lockstep')})
    const short = repo.commit('Add the guide and its translation').slice(0, 7)
    repo.write({'en/guide.md': withFrontmatter(english, 'Install, configure and run Lockstep in CI')})
    repo.commit('Better description')
    const result = await repo.check()
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${short} (history, 2024-01-01, 1 commit behind): 1 section changed`,
      `outdated-section 1 warning Source section the introduction changed (frontmatter) since this translation’s base ${short}`
    ])
  })

  it('a section removed in a commit that also removed it from the translation is not “removed since base”', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide and its translation')
    const drop = (text: string, heading: string) => text.replace(new RegExp(`## ${heading}[^]*?(?=## )`), '')
    repo.write({'en/guide.md': drop(english, 'Configure'), 'es/guide.md': drop(spanish, 'Configurar')})
    // Tracked for the source only, as a bulk release would be: the translation keeps its base.
    repo.commit('Drop the Configure section everywhere\n\n@lunaria-track:content/en/**')
    const result = await repo.check()
    expect(page(result).base.commit).toBe(base)
    expect(page(result).behind).toBe(1)
    expect(page(result).removedSinceBase).toBeUndefined()
    expect(findings(result)).toEqual([])
    // Left in the translation, the same removal is news.
    repo.write({'es/guide.md': spanish})
    repo.commit('Restore the translation\n\n@lunaria-ignore:content/es/**')
    expect(page(await repo.check()).removedSinceBase).toEqual([{title: 'Configure', level: 2}])
  })
})

describe('lunariaKeywords', () => {
  it('reads the keywords of a script config as text, from the content folder up to the repository root', async () => {
    const {lunariaKeywords} = await import('../../src/engine/history/lunaria-keywords.ts')
    const fs = await import('node:fs')
    const repo = makeRepo()
    fs.mkdirSync(`${repo.root}/docs/src/content`, {recursive: true})
    fs.writeFileSync(`${repo.root}/docs/lunaria.config.ts`, "export default defineConfig({\n  tracking: {\n    ignoredKeywords: ['lunaria-ignore', \"fix typo\", `i18nReady`],\n  },\n})\n")
    expect(await lunariaKeywords(`${repo.root}/docs/src/content`, repo.root)).toEqual(['lunaria-ignore', 'fix typo', 'i18nReady'])
    expect(await lunariaKeywords(`${repo.root}/docs/src`, `${repo.root}/docs/src`)).toEqual([])
  })
})
