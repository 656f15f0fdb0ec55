import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {checkFiles} from '../helpers.ts'
import {englishPage} from './site.ts'

const rulesOf = (result: CheckResult, rule: string) => result.report.diagnostics.filter((diagnostic) => diagnostic.rule === rule).map((diagnostic) => diagnostic.message)

const spanish = `---\ntitle: La guía de alpha\n---\n\nLa herramienta alpha mantiene cada compilación del sitio al día con su configuración.\n\n## Uso\n\nEjecuta \`npx alpha build\` y lee la [referencia](/reference/alpha/).\n`

describe('what a site declares (ignore.components, ignore.frontmatter)', () => {
  it('does not compare a component or a key the config ignores', async () => {
    const files = {'en/alpha.mdx': englishPage('alpha', true), 'es/alpha.mdx': spanish}
    const plain = await checkFiles(files)
    expect(rulesOf(plain, 'shortcode-mismatch')).toEqual(['The source section has `DontEditWarning` (<DontEditWarning>); the translation has none'])
    expect(rulesOf(plain, 'frontmatter-mismatch')).toEqual(['Front matter lacks `i18nReady`, which the source has'])
    const declared = await checkFiles(files, {ignore: {components: ['DontEditWarning'], frontmatter: ['i18nReady']}})
    expect(rulesOf(declared, 'shortcode-mismatch')).toEqual([])
    expect(rulesOf(declared, 'frontmatter-mismatch')).toEqual([])
  })

  it('ignores a key a translation adds, too', async () => {
    const files = {'en/alpha.mdx': englishPage('alpha', false), 'es/alpha.mdx': spanish.replace('---\n\n', 'translator: Ana\n---\n\n')}
    expect(rulesOf(await checkFiles(files), 'frontmatter-mismatch')).toEqual(['Front matter key `translator` is used by no source page'])
    expect(rulesOf(await checkFiles(files, {ignore: {frontmatter: ['translator']}}), 'frontmatter-mismatch')).toEqual([])
  })
})

describe('links.rewrites', () => {
  const english = '# Links\n\nSee the [anchor element](https://developer.mozilla.org/en-US/docs/Web/HTML/Element/a) and [fetch](https://developer.mozilla.org/en-US/docs/Web/API/fetch).\n'
  const french = '# Liens\n\nVoir l’[élément ancre](https://developer.mozilla.org/fr/docs/Web/HTML/Element/a) et [fetch](https://developer.mozilla.org/docs/Web/API/fetch).\n'
  const mdn = [
    {source: 'developer.mozilla.org/en-US/', translation: 'developer.mozilla.org/*/'},
    {source: 'https://developer.mozilla.org/en-US/', translation: 'https://developer.mozilla.org/'}
  ]

  it('accepts a link localised by a declared rewrite: a changed or a dropped locale segment', async () => {
    const files = {'en/links.md': english, 'fr/links.md': french}
    expect(rulesOf(await checkFiles(files), 'link-target')).toHaveLength(2)
    expect(rulesOf(await checkFiles(files, {links: {rewrites: mdn}}), 'link-target')).toEqual([])
  })

  it('still reports a link to another resource on the same host', async () => {
    const files = {'en/links.md': english, 'fr/links.md': french.replace('Element/a', 'Element/p')}
    expect(rulesOf(await checkFiles(files, {links: {rewrites: mdn}}), 'link-target')).toEqual([
      // Comparable targets leave a locale segment out, so the message names `…/docs/…`.
      'Link points to `https://developer.mozilla.org/docs/Web/HTML/Element/p`; the source links to `https://developer.mozilla.org/en-US/docs/Web/HTML/Element/a` here'
    ])
  })
})

describe('a glossary sorted by its translated terms', () => {
  const terms: Array<[string, string]> = [['Apple', 'Manzana'], ['Banana', 'Plátano'], ['Cherry', 'Cereza'], ['Grape', 'Uva']]
  const entry = (title: string, english: string) => `## ${title}\n\nSee \`${english.toLowerCase()}\` in the [catalogue](/catalogue/${english.toLowerCase()}/).\n`
  const english = `# Glossary\n\n${terms.map(([term]) => entry(term, term)).join('\n')}`
  const byTranslation = [...terms].sort((a, b) => a[1].localeCompare(b[1], 'es'))
  const sorted = `# Glosario\n\n${byTranslation.map(([term, translated]) => entry(translated, term)).join('\n')}`
  const locales = ['es', 'fr', 'de', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'ro']

  it('learns the order from 10 locales and leaves the findings out', async () => {
    const files: Record<string, string> = {'en/glossary.md': english}
    for (const locale of locales) files[`${locale}/glossary.md`] = sorted
    const result = await checkFiles(files)
    expect(result.report.conventions.map((convention) => [convention.id, convention.pages, convention.locales.length])).toEqual([['section-order: sections sorted by their own titles', 10, 10]])
    expect(rulesOf(result, 'section-order')).toEqual([])
  })

  it('reports a section out of order when the translation is not sorted', async () => {
    const files: Record<string, string> = {'en/glossary.md': english}
    // The same order, but the last term's title no longer sorts last.
    for (const locale of locales) files[`${locale}/glossary.md`] = sorted.replace('## Uva', '## Acerola')
    const result = await checkFiles(files)
    expect(result.report.conventions).toEqual([])
    expect(rulesOf(result, 'section-order')).toHaveLength(10)
  })
})
