import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {buildTodo, type TodoPage} from '../../src/engine/todo/build-todo.ts'

const config = validateConfig({})
const locales = new Set(['en', 'es'])

/** One page whose “Run” section changed (prose) since its translation's base, `behind` commits ago. */
function page(name: string, options: {weight?: number; behind: number; links?: string}): TodoPage {
  const frontmatter = options.weight === undefined ? '' : `---\nweight: ${options.weight}\n---\n`
  const source = summarizePage(Buffer.from(`${frontmatter}# ${name}\n\nIntro.${options.links ?? ''}\n\n## Run\n\nRun it and read the report.\n`), {file: `content/en/${name}.md`, locale: 'en', page: name, locales}, config)
  const target = summarizePage(Buffer.from(`${frontmatter}# ${name}\n\nIntro.\n\n## Ejecutar\n\nEjecútalo.\n`), {file: `content/es/${name}.md`, locale: 'es', page: name, locales}, config)
  return {
    source,
    target,
    alignment: {pairs: [0, 1].map((index) => ({source: index, target: index, confidence: 1, relation: 'match' as const, reasons: []})), unmatchedSource: [], unmatchedTarget: []},
    history: {
      base: {commit: 'abc1234', date: null, from: 'history'},
      behind: options.behind,
      changes: {sections: [{change: 'unchanged', kinds: [], baseIndex: 0}, {change: 'changed', kinds: ['prose'], baseIndex: 1}], removed: [], trivial: false, unchanged: false}
    }
  }
}

describe('the work list’s ranking', () => {
  it('puts the pages readers reach most first (inbound links), then by navigation weight, then the oldest', () => {
    const pages = [
      page('alpha', {weight: 20, behind: 1, links: ' See [delta](/delta/).'}),
      page('bravo', {weight: 10, behind: 1}),
      page('charlie', {behind: 5}),
      page('delta', {behind: 1}),
      page('echo', {behind: 2})
    ]
    const items = buildTodo(pages, pages.map((each) => each.source))
    expect(items.map((item) => `${item.page} ${item.inboundLinks} ${item.weight ?? '-'} ${item.behind}`)).toEqual(['delta 1 - 1', 'bravo 0 10 1', 'alpha 0 20 1', 'charlie 0 - 5', 'echo 0 - 2'])
  })

  it('names an item by locale, page, section id and kind of work: not by line, so it survives edits above it', () => {
    const before = buildTodo([page('alpha', {behind: 1})], [])
    const moved = page('alpha', {behind: 3})
    const shifted = summarizePage(Buffer.from('# alpha\n\nIntro.\n\nA new paragraph.\n\nAnd another.\n\n## Run\n\nRun it and read the report.\n'), {file: 'content/en/alpha.md', locale: 'en', page: 'alpha', locales}, config)
    const after = buildTodo([{...moved, source: shifted}], [])
    expect(after[0]!.section.line).not.toBe(before[0]!.section.line)
    expect(after[0]!.id).toBe(before[0]!.id)
    expect(before[0]!.id).toMatch(/^ls-[0-9a-f]{10}$/)
  })
})
