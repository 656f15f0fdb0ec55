import {describe, expect, it} from 'vitest'
import {formatTodoMarkdown} from '../../src/engine/todo/format-todo.ts'
import type {TodoItem} from '../../src/engine/todo/types.ts'

/** A work-list item of page `page-<n>`, its source section changed by a long code line. */
function item(n: number, category: TodoItem['category'] = 'code'): TodoItem {
  return {
    id: `ls-${n.toString(16).padStart(10, '0')}`,
    locale: 'es',
    page: `page-${n}`,
    file: `content/es/page-${n}.md`,
    sourceFile: `content/en/page-${n}.md`,
    section: {title: `Section ${n}`, id: `section-${n}`, line: 3, level: 2},
    work: 'outdated',
    kinds: [category === 'links' ? 'links' : category === 'typo' ? 'typo' : category === 'prose' ? 'prose' : 'code'],
    category,
    behind: n,
    inboundLinks: 0,
    diff: [
      {op: '-', text: `npm install lockstep@${n} ${'x'.repeat(400)}`},
      {op: '+', text: `npm install lockstep@${n + 1} ${'x'.repeat(400)}`}
    ],
    href: `/translate/es/page-${n}/#row-section-${n}`
  }
}

describe('the work list as an issue body', () => {
  const items = Array.from({length: 100}, (_, n) => item(n))
  const previous = Array.from({length: 400}, (_, n) => `- [x] \`ls-${(1000 + n).toString(16).padStart(10, '0')}\` content/es/done-${n}.md: “Done ${n}” changed (code)`).join('\n')

  it('keeps everything while it fits', () => {
    const body = formatTodoMarkdown(items.slice(0, 3), 'es', previous)
    expect(body.match(/<details>/g)).toHaveLength(3)
    expect(body.match(/^- \[x\]/gm)).toHaveLength(400)
  })

  it('stays within an issue’s size: the lowest-ranked diffs go first, then old ticked items, then the lowest-ranked items, said in a line', () => {
    const body = formatTodoMarkdown(items, 'es', previous)
    expect(body.length).toBeLessThanOrEqual(65_000)
    // 100 items with their diffs take some 100,000 characters: diffs go from the bottom up, every item stays.
    for (const each of items) expect(body).toContain(`\`${each.id}\``)
    const blocks = body.split('\n- [ ] ').slice(1)
    const withDiff = blocks.filter((block) => block.includes('<details>')).length
    expect(withDiff).toBeGreaterThan(10)
    expect(withDiff).toBeLessThan(100)
    expect(blocks.slice(0, withDiff).every((block) => block.includes('<details>'))).toBe(true)
    expect(body.match(/^- \[x\]/gm)).toHaveLength(400)

    // More: no diffs, and the oldest ticked items go.
    const more = formatTodoMarkdown(Array.from({length: 300}, (_, n) => item(n)), 'es', previous)
    expect(more.length).toBeLessThanOrEqual(65_000)
    expect(more).not.toContain('<details>')
    const done = more.match(/^- \[x\].*$/gm)!
    expect(done.length).toBeGreaterThan(10)
    expect(done.length).toBeLessThan(400)
    expect(done).toEqual(previous.split('\n').slice(0, done.length))

    // Too many to list even without diffs and ticked items: the last items are cut, and the body says how many.
    const many = Array.from({length: 2000}, (_, n) => item(n))
    const cut = formatTodoMarkdown(many, 'es', previous)
    expect(cut.length).toBeLessThanOrEqual(65_000)
    expect(cut).not.toContain('<details>')
    expect(cut).not.toContain('## Done')
    const shown = cut.match(/^- \[ \]/gm)!.length
    expect(shown).toBeGreaterThan(100)
    expect(cut).toContain(`${2000 - shown} more items, not shown to keep this body within an issue's size: \`lockstep todo --locale es\` lists them all.`)
    expect(cut).toContain(`\`${many[shown - 1]!.id}\``)
    expect(cut).not.toContain(`\`${many[shown]!.id}\``)
  })
})
