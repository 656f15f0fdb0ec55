import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {classifyChanges} from '../../src/engine/history/classify-changes.ts'
import {diffLines} from '../../src/engine/history/diff-lines.ts'
import {editDistanceWithin} from '../../src/engine/history/edit-distance-within.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {english} from './git-repo.ts'

const config = validateConfig({})
const summary = (text: string) => summarizePage(Buffer.from(text), {file: 'content/en/guide.md', locale: 'en', page: 'guide', locales: new Set(['en', 'es'])}, config)
const classify = (after: string) => classifyChanges(summary(english), summary(after), config.history.typoChars)

describe('editDistanceWithin', () => {
  it.each([
    ['kitten', 'sitting', 5, 3],
    ['same', 'same', 0, 0],
    ['', 'abc', 5, 3],
    ['a long shared prefix then x', 'a long shared prefix then y', 1, 1],
    ['abcdefghij', 'jihgfedcba', 3, 4]
  ])('%s → %s (max %i) is %i', (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected)
  })
})

describe('classifyChanges', () => {
  it('finds nothing in an identical page', () => {
    expect(classify(english)).toMatchObject({unchanged: true, trivial: false, removed: []})
  })

  it('tells whitespace and a typo from prose', () => {
    expect(classify(english.replace('read the report', 'read  the\nreport')).unchanged).toBe(true)
    const typo = classify(english.replace('carefully', 'carefuly'))
    expect(typo.trivial).toBe(true)
    expect(typo.sections[3]).toEqual({change: 'changed', kinds: ['typo'], baseIndex: 3})
    const prose = classify(english.replace('read the report carefully', 'open the HTML report in a browser'))
    expect(prose.trivial).toBe(false)
    expect(prose.sections[3]!.kinds).toEqual(['prose'])
  })

  it('tells code and links apart from prose', () => {
    const changes = classify(english.replace('npm install lockstep', 'npm install --save-dev lockstep').replace('(/docs/locales/)', '(/docs/i18n/)'))
    expect(changes.sections.map((section) => section.kinds)).toEqual([[], ['code'], ['links'], []])
  })

  it('counts a heading rename as a prose change of that section', () => {
    const changes = classify(english.replace('## Configure', '## Configuration file'))
    expect(changes.sections[2]).toMatchObject({change: 'changed', kinds: ['prose']})
  })
})

describe('diffLines', () => {
  it('keeps common lines and marks the rest', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd']).map((line) => line.op + line.text)).toEqual([' a', '-b', '+x', ' c', '+d'])
  })
})
