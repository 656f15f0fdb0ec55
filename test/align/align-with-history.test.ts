import {describe, expect, it} from 'vitest'
import {alignWithHistory} from '../../src/engine/align/align-with-history.ts'
import type {Alignment} from '../../src/engine/align/types.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import type {SourceChanges} from '../../src/engine/history/types.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'

const locales = new Set(['en', 'uk'])
const sections = (text: string, locale: string) => summarizePage(Buffer.from(text), {file: `${locale}/start.md`, locale, page: 'start', locales}, validateConfig({})).sections

// The shape of Starlight's getting-started page (MIT, github.com/withastro/starlight): English
// folded its H4 subsections “File formats” and “Add pages” into “Add content”; the Ukrainian page
// keeps them, and the aligner first paired one of them with “Add content”.
const source = sections('# Start\n\nIntro.\n\n### Add content\n\nAdd pages as Markdown or MDX files in `src/content/docs/`.\n', 'en')
const target = sections('# Старт\n\nВступ.\n\n### Додайте контент\n\nДодайте сторінки.\n\n#### Формати файлів\n\nMarkdown і MDX.\n\n#### Додайте сторінки\n\nСтворіть файли в `src/content/docs/`.\n', 'uk')
const changes: SourceChanges = {
  sections: [{change: 'changed', kinds: ['prose'], baseIndex: 0}, {change: 'changed', kinds: ['prose'], baseIndex: 1}],
  removed: [
    {index: 2, title: 'File formats', level: 4, target: 2, confidence: 0.97},
    {index: 3, title: 'Add pages', level: 4, target: 3, confidence: 1}
  ],
  trivial: false,
  unchanged: false
}

describe('alignment with history', () => {
  it('leaves every translated section that holds a removed source section unpaired, paired before or not', () => {
    const paired: Alignment = {
      pairs: [
        {source: 0, target: 0, confidence: 0.5, relation: 'match', reasons: []},
        {source: 1, target: 2, confidence: 0.45, relation: 'match', reasons: []}
      ],
      unmatchedSource: [],
      unmatchedTarget: [1, 3]
    }
    const result = alignWithHistory(paired, source, target, changes)
    expect(result.pairs.map((pair) => [pair.source, pair.target])).toEqual([
      [0, 0],
      [1, 1]
    ])
    expect(result.unmatchedTarget).toEqual([2, 3])
  })

  it('keeps a holder’s pair that is surer than its tie to the removed section', () => {
    const sure: Alignment = {pairs: [{source: 0, target: 0, confidence: 0.5, relation: 'match', reasons: []}, {source: 1, target: 3, confidence: 0.8, relation: 'match', reasons: []}], unmatchedSource: [], unmatchedTarget: [1, 2]}
    expect(alignWithHistory(sure, source, target, {...changes, removed: [{index: 3, title: 'Add pages', level: 4, target: 3, confidence: 0.6}]})).toBe(sure)
  })
})
