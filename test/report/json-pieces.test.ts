import {describe, expect, it} from 'vitest'
import {formatJson, formatJsonBytes} from '../../src/engine/report/format-json.ts'
import type {Report} from '../../src/engine/report/types.ts'

// A report as the check makes it, with what JSON lays out unevenly: text with escaped newlines
// and non-Latin-1 characters, optional fields left undefined, nested and empty arrays, and more
// findings than one buffer holds.
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

const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8')

describe('the JSON report written as bytes', () => {
  it('is formatJson byte for byte, over several buffers of about 64 kB', () => {
    const chunks = formatJsonBytes(report)
    expect(text(chunks)).toBe(formatJson(report))
    expect(Buffer.concat(chunks).equals(Buffer.from(formatJson(report)))).toBe(true)
    // The 700 findings (about 200 kB) go out in a few buffers, each at most 64 kB and one finding.
    expect(chunks.length).toBeGreaterThan(2)
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1 << 16)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan((1 << 16) + 1000)
  })

  it('lays out an empty report and a field left undefined as JSON.stringify does', () => {
    const empty = {...report, pages: [], diagnostics: [], locales: undefined} as unknown as Report
    expect(text(formatJsonBytes(empty))).toBe(formatJson(empty))
    expect(text(formatJsonBytes({} as Report))).toBe(formatJson({} as Report))
    // An item JSON has no word for is null in an array; an item with a newline in a string keeps it escaped.
    const odd = {...report, locales: ['ja', undefined, () => 1, 'a\nb', ['x', {y: [1, {}]}]]} as unknown as Report
    expect(text(formatJsonBytes(odd))).toBe(formatJson(odd))
  })
})
