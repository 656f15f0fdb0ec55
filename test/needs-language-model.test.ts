import {expect, it} from 'vitest'
import type {ContentTree, PageFile} from '../src/engine/content/find-pages.ts'
import {needsLanguageModel} from '../src/engine/content/needs-language-model.ts'

const file = (locale: string, page: string): PageFile => ({locale, page, file: `content/${locale}/${page}.md`, path: `/site/content/${locale}/${page}.md`})
const tree: ContentTree = {root: '/site/content', layout: 'hugo', sourceLocale: 'en', locales: ['es'], problems: [], files: [file('en', 'guide'), file('es', 'guide'), file('en', 'alone'), file('es', 'orphan')]}

it('asks for the model when a parsed page has a counterpart in the other language', () => {
  expect(needsLanguageModel([file('en', 'guide')], tree)).toBe(true)
  expect(needsLanguageModel([file('es', 'guide')], tree)).toBe(true)
})

it('does not when nothing is parsed or no parsed page has a counterpart', () => {
  expect(needsLanguageModel([], tree)).toBe(false)
  expect(needsLanguageModel([file('en', 'alone'), file('es', 'orphan')], tree)).toBe(false)
  expect(needsLanguageModel([file('en', 'guide')], {...tree, locales: [], files: [file('en', 'guide')]})).toBe(false)
})
