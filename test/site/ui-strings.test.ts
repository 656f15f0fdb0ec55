import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {uiStringsMessage} from '../../src/starlight/astro-integration.ts'
import {checkUiStrings} from '../../src/starlight/check-ui-strings.ts'
import {t, ui, uiKeys, uiStrings} from '../../src/starlight/i18n.ts'
import {loadSite} from '../../src/starlight/load-site.ts'

const stringsDir = path.resolve(import.meta.dirname, '../../src/starlight/strings')

describe('the site’s UI strings', () => {
  it('has every key in every locale of the content (a missing key fails here, as a missing section fails the check)', async () => {
    const site = await loadSite(path.resolve(import.meta.dirname, '../..'))
    const coverage = checkUiStrings(uiStrings, site.locales)
    expect(coverage.map((each) => each.locale)).toEqual(site.locales.filter((locale) => locale !== 'en'))
    for (const each of coverage) expect({locale: each.locale, missing: each.missing, unknown: each.unknown}).toEqual({locale: each.locale, missing: [], unknown: []})
  })

  it('loads every strings file in src/starlight/strings/, and only those', () => {
    const files = fs.readdirSync(stringsDir).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, '')).sort()
    expect(Object.keys(uiStrings).sort()).toEqual(files)
  })

  it('keeps every placeholder of the English string in each translation', () => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
    for (const [locale, table] of Object.entries(uiStrings)) {
      for (const key of uiKeys) expect(placeholders(table[key]), `${locale}.${key}`).toEqual(placeholders(uiStrings.en![key]))
    }
  })
})

describe('checkUiStrings', () => {
  const tables = {en: {a: 'A', b: 'B {n}', c: 'C'}, fr: {a: 'À', b: '', d: 'stray'}, de: {a: 'Ä', b: 'B', c: 'Ç'}}

  it('reports missing keys (empty counts as missing), unknown keys and coverage per locale; a locale with no table lacks every key', () => {
    expect(checkUiStrings(tables, ['en', 'fr', 'de', 'ja'])).toEqual([
      {locale: 'fr', total: 3, missing: ['b', 'c'], unknown: ['d'], coverage: 1 / 3},
      {locale: 'de', total: 3, missing: [], unknown: [], coverage: 1},
      {locale: 'ja', total: 3, missing: ['a', 'b', 'c'], unknown: [], coverage: 0}
    ])
  })

  it('says in the build log what is missing', () => {
    const [fr, , ja] = checkUiStrings(tables, ['fr', 'de', 'ja'])
    expect(uiStringsMessage(fr!)).toBe('fr: 2 of 3 UI strings missing, shown in English: b, c; unknown keys d')
    expect(uiStringsMessage(ja!)).toBe('ja: no src/starlight/strings/ja.json: all 3 UI strings shown in English')
  })
})

describe('ui', () => {
  it('fills placeholders and marks the English that stands in for a missing string', () => {
    expect(ui('it', 'outdatedPage', {commit: 'abc1234', date: '2024-01-01', behind: 2})).toEqual({
      text: 'La pagina inglese è cambiata da quando è stata fatta questa traduzione (base abc1234, 2024-01-01; commit inglesi da allora: 2).',
      lang: 'it',
      fallback: false
    })
    expect(ui('ja', 'compare')).toEqual({text: 'Compare with the source', lang: 'en', fallback: true})
    expect(ui('en', 'compare').fallback).toBe(false)
    // Counts stand after a label, so no language needs plural forms (“1 avisos”, “1 замечаний”).
    expect([1, 3].map((count) => t('ru', 'findings', {count}))).toEqual(['Замечания: 1', 'Замечания: 3'])
    expect(t('es', 'findings', {count: 1})).toBe('Avisos: 1')
    // Heading keys the strings do not have come back as themselves (the config's titles take over).
    expect(t('es', 'synopsis' as never)).toBe('synopsis')
  })
})
