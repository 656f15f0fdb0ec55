import type {DiffLine} from '../history/diff-lines.ts'
import {diffHunks} from '../history/diff-hunks.ts'
import {escapeMarkdown} from '../report/escape-markdown.ts'
import {plural} from '../report/plural.ts'
import {printable} from '../report/wrap-to-width.ts'
import type {TodoCategory, TodoItem} from './types.ts'

const headings: Record<TodoCategory, string> = {code: 'Code and commands', links: 'Links', prose: 'Prose', typo: 'Typo fixes'}

/** What an item asks for, in a few words. */
function describeWork(item: TodoItem): string {
  if (item.work === 'added') return 'added to the source since the translation’s base'
  if (item.work === 'missing') return 'never translated'
  if (item.work === 'scaffold') return 'scaffolded by lockstep sync, to translate'
  return item.kinds.length === 0 ? 'moved in the source' : `changed (${item.kinds.join(', ')})`
}

function facts(item: TodoItem): string {
  return [item.behind === null ? 'base unknown' : plural(item.behind, 'commit') + ' behind', plural(item.inboundLinks, 'inbound link'), ...(item.weight === undefined ? [] : [`weight ${item.weight}`])].join(', ')
}

/** The work list as text for a terminal: one line per item, its source diff indented below. */
export function formatTodoText(items: readonly TodoItem[], locale: string): string {
  const lines = [`Work list for ${printable(locale)}: ${plural(items.length, 'item')}`, '']
  items.forEach((item, index) => {
    const title = item.section.level === 0 ? 'the introduction' : `“${item.section.title}”`
    lines.push(printable(`${index + 1}. [${item.category}] ${item.file} ${title} ${describeWork(item)} — ${facts(item)}  ${item.id}`))
    for (const line of diffHunks(item.diff, 2)) lines.push(`     ${line.op} ${printable(line.text)}`)
  })
  return lines.join('\n') + '\n'
}

/**
 * The work list as Markdown, ready to be the body of one tracking issue per locale: a task per
 * item, named by its stable id, with its source diff folded under it. `previous` (the issue's
 * body as it was) keeps the items Lockstep no longer finds, ticked.
 */
export function formatTodoMarkdown(items: readonly TodoItem[], locale: string, previous?: string): string {
  const out = [`<!-- lockstep:todo locale=${escapeMarkdown(locale)} -->`, `# Translation work list: ${escapeMarkdown(locale)}`, '']
  out.push(`${plural(items.length, 'open item')}, ranked: code and commands first, then links, prose and typo fixes; within each, the pages most linked to, then the oldest. Made by \`lockstep todo --locale ${escapeMarkdown(locale)} --format markdown\`; an item is ticked when Lockstep sees its section back in line.`, '')
  for (const category of ['code', 'links', 'prose', 'typo'] as const) {
    const group = items.filter((item) => item.category === category)
    if (group.length === 0) continue
    out.push(`## ${headings[category]}`, '')
    for (const item of group) {
      const title = item.section.level === 0 ? 'the introduction' : `“${escapeMarkdown(item.section.title)}”`
      out.push(`- [ ] \`${item.id}\` ${escapeMarkdown(item.file)}: ${title} ${describeWork(item)} (${facts(item)}) · [side by side](${item.href})`)
      const hunks = diffHunks(item.diff, 2)
      if (hunks.length > 0) out.push('  <details><summary>Source diff</summary>', '', ...fenced(hunks).map((line) => `  ${line}`), '', '  </details>')
    }
    out.push('')
  }
  const open = new Set(items.map((item) => item.id))
  const done = previous === undefined ? [] : ticked(previous, open)
  if (done.length > 0) out.push('## Done', '', ...done, '')
  return out.join('\n')
}

/** The items of a previous list that are no longer open, ticked (their first line only). */
function ticked(previous: string, open: ReadonlySet<string>): string[] {
  const lines: string[] = []
  for (const line of previous.split(/\r?\n/)) {
    const match = /^- \[[ xX]\] `(ls-[0-9a-f]{10})`/.exec(line)
    if (match && !open.has(match[1]!)) lines.push(line.replace(/^- \[[ xX]\]/, '- [x]'))
  }
  return lines
}

/** A diff in a fenced `diff` block whose fence is longer than any backtick run in it. */
function fenced(lines: readonly DiffLine[]): string[] {
  const body = lines.map((line) => `${line.op}${line.text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '\uFFFD')}`)
  const longest = Math.max(2, ...body.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}diff`, ...body, fence]
}
