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

// Markup that moves and words that stay: OpenTelemetry rewrote its Docsy alerts as GitHub alerts
// and re-cut link texts in lint sweeps (content/en/docs/security/handling-sensitive-data.md,
// content/en/community/end-user/_index.md, CC BY 4.0, The OpenTelemetry Authors). A translation
// made before such a sweep lacks nothing a reader would see.
describe('classifyChanges across markup that reads the same', () => {
  const page = (body: string) => `---\ntitle: Guide\n---\n\n## Hashing\n\nIntro.\n\n${body}\n`
  const kinds = (before: string, after: string) => classifyChanges(summary(page(before)), summary(page(after)), config.history.typoChars).sections[1]
  const docsy = '{{% alert title="Risk and limitations of hashing" color="warning" %}}\nHashes are reversible when the input space is small.\n{{% /alert %}}'

  it('reads a Docsy alert rewritten as a GitHub alert with the same title and text as unchanged', () => {
    expect(kinds(docsy, '> [!WARNING] Risk and limitations of hashing\n>\n> Hashes are reversible when the input space is small.')).toMatchObject({change: 'unchanged'})
    expect(kinds('{{% alert title="Note" %}}\nInstall a distro package first.\n{{% /alert %}}', '> [!NOTE]\n>\n> Install a distro package first.')).toMatchObject({change: 'unchanged'})
    expect(kinds('{{% alert title="Using <code>uv</code>?" color="warning" %}} If you use uv, bootstrap may fail. {{% /alert %}}', '> [!WARNING] Using `uv`?\n>\n> If you use uv, bootstrap may fail.')).toMatchObject({change: 'unchanged'})
  })

  it('still sees a callout whose title or words changed in the move', () => {
    expect(kinds(docsy, '> [!WARNING] Hashing is not anonymization\n>\n> Hashes are reversible when the input space is small.')).toMatchObject({change: 'changed', kinds: ['prose']})
    expect(kinds(docsy, '> [!WARNING] Risk and limitations of hashing\n>\n> Hashes are reversible in practice, e.g. for numeric user IDs.')).toMatchObject({change: 'changed', kinds: ['prose']})
  })

  it('reads a link re-cut around the same words and target as unchanged, and a new target as a link change', () => {
    const before = '[Learn more about how we do podcasts.](interviews-feedback/)'
    expect(kinds(before, '[Learn more](interviews-feedback/) about how we do podcasts.')).toMatchObject({change: 'unchanged'})
    expect(kinds(before, '[Learn more](podcasts/) about how we do podcasts.')).toMatchObject({change: 'changed', kinds: ['links']})
    expect(kinds(before, '[Learn more](interviews-feedback/) about our monthly podcast series.')).toMatchObject({change: 'changed', kinds: ['prose']})
  })
})
