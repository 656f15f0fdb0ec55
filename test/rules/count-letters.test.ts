import {expect, it} from 'vitest'
import {countLetters} from '../../src/engine/rules/untranslated-share.ts'

// The unit `untranslated-section` measures a share in: letters of any script, counted once each,
// whatever their UTF-16 length; digits, punctuation, spaces and combining marks are no letters.
it('counts the letters of every script, once each', () => {
  expect(countLetters('Run `npm i` 2x!')).toBe(8)
  expect(countLetters('Ejecución rápida')).toBe(15)
  expect(countLetters('Инструмент — 仕組み 설정')).toBe(10 + 3 + 2)
  // A letter outside the Basic Multilingual Plane (two UTF-16 units) counts once; a decomposed accent adds nothing.
  expect(countLetters('𠀋𝒜 e\u0301')).toBe(3)
  expect(countLetters('42 — …')).toBe(0)
})
