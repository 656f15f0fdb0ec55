import {describe, expect, it} from 'vitest'
import {formatJson, formatJsonPieces} from '../../src/engine/report/format-json.ts'
import type {Report} from '../../src/engine/report/types.ts'

// A report as the check makes it, with what JSON lays out unevenly: text with escaped newlines
// and non-Latin-1 characters, optional fields left undefined, nested and empty arrays, and more
// findings than one piece holds.
const diagnostic = (index: number) => ({
  rule: 'missing-section',
  severity: index % 3 === 0 ? 'error' : 'warning',
  file: `content/ja/page-${index}.md`,
  line: index + 1,
  message: `セクション「Install ${index}」が翻訳にありません\n(two lines, a "quote" and a tab\t)`,
  section: index % 2 === 0 ? undefined : `Install ${index}`,
  related: index % 5 === 0 ? [] : [{file: 'content/en/page.md', line: 3, notes: [index, null]}]
})

const report = {
  schemaVersion: 1,
  tool: {name: 'lockstep', version: '0.0.0'},
  root: 'content',
  sourceLocale: 'en',
  locales: ['ja', 'zh-cn'],
  pages: [{page: 'index', locales: {ja: {status: 'stale', sections: []}}}],
  diagnostics: Array.from({length: 700}, (_, index) => diagnostic(index)),
  conventions: [],
  summary: {pages: 1, errors: 234, warnings: 466, infos: 0}
} as unknown as Report

describe('the JSON report written in pieces', () => {
  it('is formatJson byte for byte, over several pieces', () => {
    const pieces = [...formatJsonPieces(report)]
    expect(pieces.join('')).toBe(formatJson(report))
    // The 700 findings go out a few hundred at a time, not as one string.
    expect(pieces.length).toBeGreaterThan(5)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(formatJson(report).length / 2)
  })

  it('lays out an empty report and a field left undefined as JSON.stringify does', () => {
    const empty = {...report, pages: [], diagnostics: [], locales: undefined} as unknown as Report
    expect([...formatJsonPieces(empty)].join('')).toBe(formatJson(empty))
    expect([...formatJsonPieces({} as Report)].join('')).toBe(formatJson({} as Report))
  })
})
