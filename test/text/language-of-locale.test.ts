import {expect, it} from 'vitest'
import {languageOfLocale} from '../../src/engine/text/language-of-locale.ts'

it.each([
  ['en', 'en'],
  ['pt-br', 'pt'],
  ['pt-BR', 'pt'],
  ['zh-cn', 'zh'],
  ['zh_TW', 'zh'],
  ['es-419', 'es'],
  ['nb', 'no'],
  ['ru', 'ru']
])('%s is %s', (tag, language) => {
  expect(languageOfLocale(tag)).toBe(language)
})
