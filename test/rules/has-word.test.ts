import {describe, expect, it} from 'vitest'
import {hasWord} from '../../src/engine/rules/is-name-heading.ts'

// hasWord replaces a Unicode regular expression built per heading; it must answer exactly as it did.
const asRegExp = (text: string, term: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)

describe('hasWord', () => {
  it.each([
    ['the collector runs', 'collector', true],
    ['recollector', 'collector', false],
    ['collectors', 'collector', false],
    ['collector2', 'collector', false],
    ['(collector)', 'collector', true],
    ['el collector y el collectorx', 'collector', true],
    ['écollector', 'collector', false],
    ['𝐀collector', 'collector', false],
    ['😀collector😀', 'collector', true],
    ['getting started', 'getting started', true],
    ['', 'a', false]
  ])('%j contains %j as a word: %s', (text, term, expected) => {
    expect(hasWord(text, term)).toBe(expected)
    expect(asRegExp(text, term)).toBe(expected)
  })

  it('agrees with the regular expression on random text, surrogate halves included', () => {
    const pieces = ['a', 'b', 'ab', ' ', '-', '1', 'é', '日', '𝐀', '😀', '\uD835', '\uDC00', '.', '(', '\n', 'ß']
    let seed = 7
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
    const pick = (count: number) => Array.from({length: count}, () => pieces[Math.floor(random() * pieces.length)]).join('')
    let matches = 0
    for (let round = 0; round < 20_000; round++) {
      const term = pick(1 + Math.floor(random() * 3))
      const text = pick(Math.floor(random() * 12))
      const expected = asRegExp(text, term)
      if (expected) matches++
      expect(hasWord(text, term), JSON.stringify({text, term})).toBe(expected)
    }
    // Both answers occur, so the comparison means something.
    expect(matches).toBeGreaterThan(500)
  })
})
