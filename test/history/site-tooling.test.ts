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
