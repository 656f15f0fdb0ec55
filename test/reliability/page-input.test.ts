import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {parsePage} from '../../src/engine/parse/parse-page.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {checkFiles} from '../helpers.ts'

const config = validateConfig({})
const english = '---\ntitle: Guide\n---\n\n# Guide\n\nIntro.\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit the file.\n'
const summarize = (text: string | Uint8Array, file = 'content/es/guide.md') =>
  summarizePage(typeof text === 'string' ? Buffer.from(text) : text, {file, locale: 'es', page: 'guide', locales: new Set(['en', 'es'])}, config)

/** How many lines a file has, the way editors, SARIF and annotations count them. */
function lineCount(text: string): number {
  const breaks = text.split(/\r\n|\r|\n/).length - 1
  return Math.max(1, /(?:\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1)
}

describe('front matter the YAML parser rejects late', () => {
  it('an alias to nothing is a parse-error at its line, and the body is still read', () => {
    const page = '---\ntitle: Guía\nweight: *undefined\n---\n\n# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n'
    expect(() => parsePage(Buffer.from(page), {path: 'es/guide.md', mdx: false, config})).not.toThrow()
    const summary = summarize(page)
    expect(summary.failed).toBe(false)
    expect(summary.sections.map((section) => section.title)).toEqual(['Guía', 'Instalar'])
    expect(summary.problems.map((problem) => [problem.ruleId, problem.line])).toEqual([['parse-error', 3]])
    expect(summary.problems[0]!.message).toMatch(/^Invalid YAML front matter: .*undefined/)
  })

  it('`!!binary`, `!!set`, dates and TOML dates are plain JSON data', () => {
    const yaml = summarize('---\ntitle: Guía\nlogo: !!binary aGVsbG8=\ntags: !!set {a, b}\nwhen: !!timestamp 2024-01-02\n---\n\nTexto.\n')
    expect(yaml.frontmatter).toEqual({title: 'Guía', logo: 'aGVsbG8=', tags: ['a', 'b'], when: '2024-01-02T00:00:00.000Z'})
    const toml = summarize('+++\ntitle = "Guía"\ndate = 2024-01-02T03:04:05Z\n+++\n\nTexto.\n')
    expect(toml.frontmatter).toEqual({title: 'Guía', date: '2024-01-02T03:04:05.000Z'})
    // What a worker thread sends back and what the cache reads are the same data.
    for (const summary of [yaml, toml]) expect(JSON.parse(JSON.stringify(summary.frontmatter))).toStrictEqual(summary.frontmatter)
  })
})

describe('line endings and odd bytes', () => {
  it('CR-only line endings (classic Mac) read like LF', () => {
    const summary = summarize(english.replaceAll('\n', '\r'))
    expect(summary.problems).toEqual([])
    expect(summary.frontmatter).toEqual({title: 'Guide'})
    const lf = summarize(english)
    expect(summary.sections.map((section) => [section.title, section.line, section.endLine])).toEqual(lf.sections.map((section) => [section.title, section.line, section.endLine]))
    expect(summary.sections.map((section) => section.title)).toEqual(['Guide', 'Guide', 'Install', 'Configure'])
  })

  it('one NUL byte in a text page is a finding at its place, not a binary file', () => {
    const page = english.replace('Edit the file.', 'Edit the\u0000 file.')
    const summary = summarize(page)
    expect(summary.failed).toBe(false)
    expect(summary.sections.map((section) => section.title)).toEqual(['Guide', 'Guide', 'Install', 'Configure'])
    expect(summary.problems).toEqual([{ruleId: 'parse-error', message: 'NUL character (U+0000) in the text', line: 15, column: 9}])
  })

  it('a file with many NULs (UTF-16, an image) is still a binary file', () => {
    const utf16 = Buffer.from('\uFEFF# Guide\n\nText.\n', 'utf16le')
    for (const bytes of [utf16, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])]) {
      expect(summarize(bytes).problems.map((problem) => problem.message)).toEqual(['Binary file: not a text page'])
    }
  })
})

describe('every finding points at a line that exists', () => {
  it.each([
    ['an empty translation', ''],
    ['a translation missing its last section', '---\ntitle: Guía\n---\n\n# Guía\n\nIntro.\n\n## Instalar\n\nEjecuta `npm i`.\n'],
    ['the same without a final newline', '---\ntitle: Guía\n---\n\n# Guía\n\nIntro.\n\n## Instalar\n\nEjecuta `npm i`.'],
    ['CR-only line endings', '---\ntitle: Guía\n---\n\n# Guía\n\nIntro.\n\n## Instalar\n\nEjecuta `npm i`.\n'.replaceAll('\n', '\r')]
  ])('%s', async (_, spanish) => {
    const {report} = await checkFiles({'en/guide.md': english, 'es/guide.md': spanish})
    const findings = report.diagnostics.filter((diagnostic) => diagnostic.locale === 'es')
    expect(findings.map((diagnostic) => diagnostic.rule)).toContain('missing-section')
    for (const diagnostic of findings) expect(diagnostic.line, diagnostic.message).toBeLessThanOrEqual(lineCount(spanish))
    // "Belongs at the end": on the last line, not the one after it.
    if (spanish !== '') expect(findings.find((diagnostic) => diagnostic.message.includes('Configure'))?.line).toBe(lineCount(spanish))
  })
})
