import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {diffPage} from '../../src/engine/history/diff-page.ts'
import {formatDiff} from '../../src/engine/report/format-diff.ts'
import {formatters} from '../../src/engine/report/formatters.ts'
import {english, makeRepo, spanish} from '../history/git-repo.ts'

/** Clears the screen, opens an OSC 8 hyperlink, rings the bell, moves the cursor with a C1 CSI, returns the carriage. */
const payload = '\u001B[2J\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007\u009B1A\r\u0000'
/** Fields that are the tool's own words (enums), not text from pages. */
const ownWords = new Set(['severity', 'rule', 'status', 'from', 'sourceChange', 'changeKinds', 'change', 'kinds', 'relation', 'op', 'name', 'schemaVersion'])

/** Every string of report data that is not one of the tool's own words, with the payload inside it. */
function poison<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (ownWords.has(key) ? value : `${value.slice(0, 3)}${payload}${value.slice(3)}`) as T
  if (Array.isArray(value)) return value.map((item) => poison(item, key)) as T
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poison(item, name)])) as T
  return value
}

/** Control characters left once our own colours are taken out (a line break is the only one allowed). */
function controls(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001B\[\d+m/g, '').matchAll(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g)].map((match) => JSON.stringify(match[0]))
}

/** A repository whose translation is behind its source, with a missing section: every kind of line shows. */
async function behind() {
  const repo = makeRepo()
  repo.write({'en/guide.md': english, 'es/guide.md': spanish.replace(/## Configurar[\s\S]*?(?=## Ejecutar)/, '')})
  repo.commit('Add the guide')
  repo.write({'en/guide.md': english.replace('carefully', 'with care, twice') + '\n## Upgrade\n\nNew releases come out monthly.\n', 'en/other.md': '# Other\n'})
  repo.commit('Change the source')
  return repo
}

describe('nothing from a page reaches a terminal or a CI log as a control character', () => {
  it.each(['text', 'github', 'markdown'] as const)('%s', async (format) => {
    const repo = await behind()
    const {report} = await repo.check()
    const hostile = poison(report)
    for (const color of [false, true]) {
      const output = formatters[format](hostile, {color, explain: true, notes: [`note ${payload}`]})
      expect(output).toContain('\uFFFD')
      expect(controls(output)).toEqual([])
    }
  })

  it('the history note of a shallow clone names the pin harmlessly', async () => {
    const repo = await behind()
    const {report} = await repo.check()
    const page = report.pages.find((entry) => entry.locale === 'es' && entry.page === 'guide')!
    page.base = {commit: null, date: null, from: 'unknown'}
    page.baseReason = `the pinned commit \`0123abc${payload}\` is not in this shallow clone`
    const output = formatters.text(report, {})
    expect(output).toContain('History unknown for 1 page: the pinned commit `0123abc\uFFFD[2J')
    expect(controls(output)).toEqual([])
  })

  it('diff', async () => {
    const repo = await behind()
    const page = poison(await diffPage({config: validateConfig({}), cwd: repo.root, file: 'content/es/guide.md'}))
    for (const width of [60, 160]) for (const color of [false, true]) expect(controls(formatDiff(page, {color, width, all: true}))).toEqual([])
  })
})
