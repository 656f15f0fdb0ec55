import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

// The shapes of history on which Lockstep and Lunaria (a translation is outdated when the source
// file's last tracked commit is newer than the translation's) disagreed on the Starlight docs
// (test/corpus/lunaria-comparison.test.ts keeps the list). Where Lockstep was wrong it is fixed
// here; where Lunaria is wrong the test is named for what Lunaria says, and why that is wrong.

const page = (result: CheckResult, name = 'guide') => result.report.pages.find((entry) => entry.locale === 'es' && entry.page === name)!

/** Findings of the history rules as `rule line severity message`. */
function findings(result: CheckResult): string[] {
  return result.report.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('outdated-')).map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.severity} ${diagnostic.message}`)
}

// A list of resources as Starlight writes one: the cards' text is in their attributes.
const card = (slug: string, title: string) => `\t<LinkCard\n\t\thref="https://example.com/${slug}/"\n\t\ttitle="${title}"\n\t\tdescription="All about ${title}."\n\t/>\n`
const resources = (cards: string, heading = '## Articles', intro = 'Posts about the project:') => `import { CardGrid, LinkCard } from '@astrojs/starlight/components';\n\n# Resources\n\nWhat the community wrote.\n\n${heading}\n\n${intro}\n\n<CardGrid>\n${cards}</CardGrid>\n`

describe('Lockstep was wrong (fixed)', () => {
  it('a card added to a list of resources is a change to translate, though no sentence changed', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.mdx': resources(card('intro', 'Intro')), 'es/guide.mdx': resources(card('intro', 'Introducción'), '## Artículos', 'Artículos sobre el proyecto:')})
    const base = repo.commit('Add the resources and their translation').slice(0, 7)
    repo.write({'en/guide.mdx': resources(card('intro', 'Intro') + card('deep-dive', 'Deep dive'))})
    repo.commit('docs: add a deep dive to the resources')
    const result = await repo.check()
    expect(page(result).sections.find((section) => section.source?.title === 'Articles')?.changeKinds).toEqual(['components'])
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section changed`,
      `outdated-section 7 warning Source section “Articles” changed (components) since this translation’s base ${base}`
    ])
  })

  it('cards reordered within their section are no change, and a translation that added the new card has caught up', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.mdx': resources(card('intro', 'Intro') + card('faq', 'FAQ')), 'es/guide.mdx': resources(card('intro', 'Introducción') + card('faq', 'Preguntas'), '## Artículos', 'Artículos sobre el proyecto:')})
    repo.commit('Add the resources and their translation')
    repo.write({'en/guide.mdx': resources(card('faq', 'FAQ') + card('intro', 'Intro'))})
    repo.commit('docs: FAQ first')
    expect(findings(await repo.check())).toEqual([])
    repo.write({
      'en/guide.mdx': resources(card('faq', 'FAQ') + card('intro', 'Intro') + card('deep-dive', 'Deep dive')),
      'es/guide.mdx': resources(card('intro', 'Introducción') + card('faq', 'Preguntas') + card('deep-dive', 'A fondo'), '## Artículos', 'Artículos sobre el proyecto:')
    })
    // Tracked for English only (a bulk change that also added the card to the translation): the translation keeps its base.
    repo.commit('docs: add a deep dive everywhere\n\n@lunaria-track:content/en/**')
    const result = await repo.check()
    expect(findings(result).map((finding) => finding.split(' ').slice(0, 3).join(' '))).toEqual(['outdated-page 1 warning'])
  })

  it('a sentence English put into a callout is no change of components: a callout holds prose, compared as prose', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Add the guide and its translation')
    repo.write({'en/guide.md': english.replace('Run `npx lockstep check` and read the report carefully.', '{{% alert title="Note" %}}\nRun `npx lockstep check` and read the report carefully.\n{{% /alert %}}')})
    repo.commit('A callout')
    const result = await repo.check()
    expect(page(result).sections.find((section) => section.source?.title === 'Run')?.changeKinds).toEqual(['typo'])
  })

  it('an external link whose fragment English fixed is a change, and a translation still holding the old fragment has not caught up', async () => {
    const repo = makeRepo()
    const old = 'https://docs.astro.build/en/guides/markdown-content/#markdown-plugins'
    const now = 'https://docs.astro.build/en/guides/markdown-content/#markdown-processor-plugins'
    const withLink = (text: string, url: string) => text.replace('[locales](/docs/locales/)', `[locales](/docs/locales/) with [plugins](${url})`).replace('[idiomas](/docs/locales/)', `[idiomas](/docs/locales/) con [plugins](${url})`)
    repo.write({'en/guide.md': withLink(english, old), 'es/guide.md': withLink(spanish, old.replace('/en/', '/es/'))})
    const base = repo.commit('Add the guide and its translation').slice(0, 7)
    repo.write({'en/guide.md': withLink(english, now)})
    repo.commit('Replace an outdated link to Astro Docs')
    const result = await repo.check()
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section changed`,
      `outdated-section 9 warning Source section “Configure” changed (links) since this translation’s base ${base}`
    ])
    // A translation linking to the localised edition's own fragment has nothing of English's old link to replace.
    repo.write({'es/guide.md': withLink(spanish, 'https://docs.astro.build/es/guides/markdown-content/#plugins-de-markdown')})
    repo.commit('i18n(es): localised fragment\n\n@lunaria-ignore:content/es/**')
    expect(findings(await repo.check()).map((finding) => finding.split(' ')[0])).toEqual(['outdated-page'])
  })
})

describe('Lunaria is wrong', () => {
  it('Lunaria 0.1.1 says up to date after a commit whose @lunaria-ignore names several translations: it ignores such a directive, so the commit that removed the translation’s old banner passes for a re-translation', async () => {
    const repo = makeRepo()
    const banner = (text: string, value: string | null) => `---\ntitle: Guide\n${value ? `banner:\n  content: ${value}\n` : ''}---\n\n${text.replace(/^# .*\n\n/, '')}`
    repo.write({'en/guide.md': banner(english, 'Updating to v5? Read the guide'), 'es/guide.md': banner(spanish, '¿Actualizas a v5? Lee la guía')})
    const base = repo.commit('Add the guide and its translation').slice(0, 7)
    // English gets the new banner; the translations lose the old one, which is no translation of the new.
    repo.write({'en/guide.md': banner(english, 'Updating to v7? Read the guide'), 'es/guide.md': banner(spanish, null)})
    repo.commit('v7 support\n\n@lunaria-ignore:content/es/guide.md;content/fr/guide.md')
    const result = await repo.check()
    expect(page(result).base.commit?.slice(0, 7)).toBe(base)
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section changed`,
      `outdated-section 1 warning Source section the introduction changed (frontmatter) since this translation’s base ${base}`
    ])
  })

  it('Lunaria says missing when English moved from .md to .mdx and the translation kept .md: the page is translated (one URL), and behind the rewrite that came with the move', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Add the guide and its translation').slice(0, 7)
    repo.git('mv', 'content/en/guide.md', 'content/en/guide.mdx')
    repo.write({'en/guide.mdx': english.replace('and read the report carefully.', 'and read the report carefully.\n\n<LinkCard href="https://example.com/ci/" title="Run it in CI too" />')})
    repo.commit('Use a component in the guide')
    const result = await repo.check()
    expect(page(result).status).toBe('translated')
    expect(page(result).behind).toBe(1)
    expect(findings(result)).toEqual([
      `outdated-page 1 warning The en page changed since this translation’s base ${base} (history, 2024-01-01, 1 commit behind): 1 section changed`,
      `outdated-section 13 warning Source section “Run” changed (components) since this translation’s base ${base}`
    ])
  })
})
