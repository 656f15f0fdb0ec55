import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {headingName, matchNames} from '../src/engine/align/heading-name.ts'
import {checkFiles} from './helpers.ts'

// A long API reference page of many short, alike sections (a type line and one sentence each),
// translated from an older version: four sections are not translated yet, one was renamed and
// promoted in English since (`distURL` → `RouteData.distURL`), two are swapped. Code headings are
// kept by translators, so they anchor the alignment; a wrong pair must not cascade.
const fixture = path.join(import.meta.dirname, 'fixtures/reference-pages')

async function read(locale: string): Promise<string> {
  return fs.readFile(path.join(fixture, locale, 'reference/plugins.md'), 'utf8')
}

describe('alignment of a restructured reference page', () => {
  it('pairs every code heading with the source heading of the same name, or of which it is the last part', async () => {
    const {report} = await checkFiles({'en/reference/plugins.md': await read('en'), 'zh-cn/reference/plugins.md': await read('zh-cn')})
    const page = report.pages.find((entry) => entry.locale === 'zh-cn')!
    const pairs = page.sections.filter((section) => section.level > 0).map((section) => `${section.title} = ${section.source?.title ?? '(none)'}`)
    expect(pairs).toEqual([
      '钩子 = Hooks',
      'config:setup 选项 = config:setup option',
      'config 选项 = config option',
      'updateConfig 选项 = updateConfig option',
      'addIntegration 选项 = addIntegration option',
      'command 选项 = command option',
      'isRestart 选项 = isRestart option',
      'logger 选项 = logger option',
      'i18n:setup 选项 = i18n:setup option',
      'injectTranslations 选项 = injectTranslations option',
      'absolutePathToLang 选项 = absolutePathToLang option',
      'useTranslations 选项 = useTranslations option',
      '路由数据 = Route data',
      'distURL 选项 = RouteData.distURL option',
      'SSRManifest.devToolbar.latestAstroVersion 选项 = SSRManifest.devToolbar.latestAstroVersion option',
      'args 选项 = args option',
      'locale 选项 = locale option',
      'lang 选项 = lang option',
      'dir 选项 = dir option'
    ])
    expect(page.missing.map((section) => section.title)).toEqual(['astroConfig option', 'RouteData.entry option', 'start() option', 'isFallback option'])
    const findings = report.diagnostics
      .filter((diagnostic) => ['heading-level', 'section-order', 'missing-section', 'extra-section'].includes(diagnostic.rule))
      .map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.message}`)
    expect(findings).toEqual([
      'missing-section 32 Missing section “astroConfig option” (H4), which belongs after “addIntegration 选项”',
      'section-order 61 Section is out of order: its source “absolutePathToLang option” is at a different place in the source page',
      'heading-level 77 Heading is H4 here but H3 in the source (“RouteData.distURL option”)',
      'missing-section 82 Missing section “RouteData.entry option” (H3), which belongs after “distURL 选项”',
      'missing-section 88 Missing section “start() option” (H3), which belongs after “SSRManifest.devToolbar.latestAstroVersion 选项”',
      'missing-section 111 Missing section “isFallback option” (H3), which belongs after “dir 选项”'
    ])
  })
})

describe('code headings as names', () => {
  const heading = (title: string, code: string[] = []) => ({level: 3, line: 1, title, codes: code.map((value) => ({value, inline: true, line: 1, column: 5}))})

  it('reads a name from inline code or an identifier, never from ordinary words', () => {
    expect(headingName(heading('start()', ['start()']))).toEqual({full: 'start', last: 'start'})
    expect(headingName(heading('RouteData.distURL'))).toEqual({full: 'RouteData.distURL', last: 'distURL'})
    expect(headingName(heading('title (required)', ['title']))).toEqual({full: 'title', last: 'title'})
    expect(headingName(heading('astro:build:done'))).toEqual({full: 'astro:build:done', last: 'astro:build:done'})
    expect(headingName(heading('Cluster to Master'))).toBeUndefined()
    expect(headingName(heading('Configuration'))).toBeUndefined()
    expect(headingName(heading('第一步:安装'))).toBeUndefined()
  })

  it('matches a qualified name with its last part, and nothing else', () => {
    const name = (title: string) => headingName(heading(title, [title]))
    expect(matchNames(name('RouteData.distURL'), name('distURL'))).toBe('last')
    expect(matchNames(name('distURL'), name('RouteData.distURL'))).toBe('last')
    expect(matchNames(name('start()'), name('start'))).toBe('same')
    expect(matchNames(name('distURL'), name('SSRManifest.devToolbar.latestAstroVersion'))).toBe('different')
    expect(matchNames(name('RouteData.entry'), name('Astro.entry'))).toBe('different')
    expect(matchNames(name('args'), headingName(heading('Arguments')))).toBeUndefined()
  })
})

describe('doubt said as doubt', () => {
  const source = '# Guide\n\n## Install\n\nRun `npm i` in the folder.\n\n## Deploy\n\nPush to the main branch when the tests pass.\n\n## Monitor\n\nWatch the [dashboard](/dash/).\n'
  // “Publicar” translates “Deploy”, and “Monitor” is not translated; with nothing in common but
  // their places, the aligner pairs “Publicar” with the last source section, “Monitor” (confidence 0.44).
  const translation = '# Guía\n\n## Instalar\n\nEjecuta `npm i` en la carpeta.\n\n### Publicar\n\nSube a la rama principal cuando pasen las pruebas.\n'
  const run = async (uncertainBelow?: number) => {
    const {report} = await checkFiles({'en/guide.md': source, 'es/guide.md': translation}, uncertainBelow === undefined ? {} : {alignment: {uncertainBelow}})
    return {
      findings: report.diagnostics.filter((diagnostic) => diagnostic.locale === 'es').map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.severity} ${diagnostic.message}`),
      confidence: report.pages.find((page) => page.locale === 'es')!.sections.map((section) => section.confidence)
    }
  }

  it('makes claims on a pair above the threshold (here a wrong one)', async () => {
    const {findings, confidence} = await run(0.4)
    expect(confidence).toEqual([0.85, 0.44])
    expect(findings).toEqual([
      'missing-section 6 error Missing section “Deploy” (H2), which belongs after “Instalar”',
      'heading-level 7 warning Heading is H3 here but H2 in the source (“Monitor”)'
    ])
  })

  it('below it, says one uncertain thing instead of the heading-level claim', async () => {
    const {findings, confidence} = await run()
    expect(confidence).toEqual([0.85, 0.44])
    expect(findings).toEqual([
      'missing-section 6 error Missing section “Deploy” (H2), which belongs after “Instalar”',
      'uncertain-alignment 7 info Alignment uncertain around “Publicar” ↔ source “Monitor” (confidence 0.44): no heading-level, section-order or placement claim rests on this pair'
    ])
  })
})

describe('a weak pair in sequence and a strong one out of order', () => {
  it('gives the source section to the translated section that shares its content (a glossary sorted by translated terms)', async () => {
    const source = '# Glossary\n\n## Alpha\n\nThe [alpha](/alpha/) term `alpha-x` 111.\n\n## Cardinality\n\nThe [cardinality](/cardinality/) of `metric.count` and `label-set` 222.\n\n## Beta\n\nThe [beta](/beta/) term `beta-x` 333.\n'
    const translation = '# Glosario\n\n## Alfa\n\nEl término [alfa](/alpha/) `alpha-x` 111.\n\n## Biblioteca\n\nUn componente reutilizable.\n\n## Beta\n\nEl término [beta](/beta/) `beta-x` 333.\n\n## Cardinalidad\n\nLa [cardinalidad](/cardinality/) de `metric.count` y `label-set` 222.\n'
    const {report} = await checkFiles({'en/glossary.md': source, 'es/glossary.md': translation})
    const page = report.pages.find((entry) => entry.locale === 'es')!
    expect(page.sections.map((section) => [section.title, section.source?.title ?? null, section.relation ?? 'match'])).toEqual([
      ['Alfa', 'Alpha', 'match'],
      ['Biblioteca', null, 'match'],
      ['Beta', 'Beta', 'match'],
      ['Cardinalidad', 'Cardinality', 'moved']
    ])
  })
})
