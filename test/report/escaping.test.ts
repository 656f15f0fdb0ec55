import {describe, expect, it} from 'vitest'
import {escapeMarkdown} from '../../src/engine/report/escape-markdown.ts'
import {escapeData, escapeProperty, formatGithub} from '../../src/engine/report/format-github.ts'
import {formatMarkdown} from '../../src/engine/report/format-markdown.ts'
import {formatText} from '../../src/engine/report/format-text.ts'
import type {Report} from '../../src/engine/report/types.ts'
import type {Diagnostic} from '../../src/engine/rules/types.ts'
import {checkFiles} from '../helpers.ts'

// Backslash escapes make the characters literal in the heading's text, which is what reaches reports.
const hostile = ['\\<script\\>alert(1)\\</script\\>', '@octocat please look', 'a \\| b \\| c', 'run \\`rm -rf /\\`', '\\*\\*bold\\*\\* \\_it\\_ \\[x\\](https://evil.example)', '&lt;img src=x onerror=alert(1)&gt;']

describe('Markdown summary with hostile headings', () => {
  it('escapes every heading that reaches the table', async () => {
    const source = ['---', 'title: Guide', '---', '', 'Intro with `npm ci`.', ...hostile.flatMap((title, index) => ['', `## ${title}`, '', `Step ${index}: run \`step-${index}\`.`])].join('\n') + '\n'
    const {report} = await checkFiles({'en/guide.md': source, 'es/guide.md': '---\ntitle: Guía\n---\n\nIntroducción con `npm ci`.\n'})
    const markdown = formatMarkdown(report, {maxSections: 10})
    const row = markdown.split('\n').find((line) => line.startsWith('| [guide]'))!
    // Nothing a page wrote can open a tag, a code span, a link, a mention or a new cell.
    expect(markdown).not.toMatch(/<(?!\/?sub)/)
    expect(row).not.toMatch(/(?<!\\)`/)
    expect(row).not.toMatch(/@\w/)
    expect(row.split(/(?<!\\)\|/).length).toBe(8)
    expect(row).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;')
    expect(row).toContain('@\u200Doctocat please look')
    expect(row).toContain('a \\| b \\| c')
    expect(row).toContain('run \\`rm -rf /\\`')
    expect(row).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(row).toContain('\\*\\*bold\\*\\* \\_it\\_ \\[x\\]\\(https://evil.example\\)')
  })

  it('escapeMarkdown neutralises each character it must', () => {
    expect(escapeMarkdown('<>&|`*_[]@\n#!')).toBe('&lt;&gt;&amp;\\|\\`\\*\\_\\[\\]@\u200D \\#\\!')
  })

  it('cuts long tables with a count of the rest', () => {
    const report = fakeReport(40)
    const markdown = formatMarkdown(report, {maxRows: 5})
    expect(markdown.split('\n').filter((line) => line.startsWith('| [')).length).toBe(5)
    expect(markdown).toContain('…and 35 more pages (see the full report).')
  })
})

describe('GitHub workflow commands', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('escapes file names and messages in annotations', () => {
    const report = fakeReport(1, {file: 'content/es/a,b:c.md', message: 'line one\nline two: 50%'})
    expect(formatGithub(report)).toBe('::error file=content/es/a%2Cb%3Ac.md,line=3,col=1,title=missing-section (es)::line one\uFFFDline two: 50%25\n')
  })

  it('emits at most 10 errors, 10 warnings and 10 notices, then counts the rest', () => {
    const report = fakeReport(0)
    for (const severity of ['error', 'warning', 'info'] as const) for (let index = 0; index < 12 + (severity === 'info' ? 3 : 0); index++) report.diagnostics.push(diagnostic({severity, line: index + 1}))
    const lines = formatGithub(report).trimEnd().split('\n')
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(10)
    expect(lines.filter((line) => line.startsWith('::warning ')).length).toBe(10)
    expect(lines.filter((line) => line.startsWith('::notice ')).length).toBe(10)
    expect(lines.at(-1)).toBe('Lockstep: 9 more findings not annotated (2 errors, 2 warnings, 5 notices): GitHub shows at most 10 annotations of each kind per step. See the full report.')
  })
})

function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {rule: 'missing-section', severity: 'error', locale: 'es', page: 'page-0', file: 'content/es/page-0.md', line: 3, column: 1, message: 'Missing section', url: 'https://example.com/missing-section.md', ...overrides}
}

/** A report of `count` Spanish pages, each with one error. */
function fakeReport(count: number, overrides: Partial<Diagnostic> = {}): Report {
  const pages = Array.from({length: count}, (_, index) => ({page: `page-${index}`, locale: 'es', file: `content/es/page-${index}.md`, sourceFile: `content/en/page-${index}.md`, status: 'translated' as const, coverage: 1, base: {commit: null, date: null, from: 'unknown' as const}, behind: null, sections: [], missing: []}))
  const diagnostics = pages.map((page) => diagnostic({page: page.page, file: page.file, ...overrides}))
  return {schemaVersion: 1, tool: {name: 'lockstep', version: '0.0.0'}, root: 'content', sourceLocale: 'en', locales: ['es'], pages, diagnostics, conventions: [], summary: {pages: count, errors: count, warnings: 0, infos: 0}}
}

describe('text report with control characters in a heading', () => {
  it('shows them as U+FFFD, so a page cannot send escape codes to the terminal', async () => {
    const source = '# Guide\n\nIntro.\n\n## Set up \u001B]8;;https://evil.example\u0007here\u001B[2J\n\nRun `setup`.\n'
    const {report} = await checkFiles({'en/guide.md': source, 'es/guide.md': '# Guía\n\nIntroducción.\n'})
    const text = formatText(report)
    expect(text).toContain('Set up \uFFFD]8;;https://evil.example\uFFFDhere\uFFFD[2J')
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/)
    // Colours are Lockstep's own and stay.
    expect(formatText(report, {color: true})).toContain('\u001B[1m')
  })
})
