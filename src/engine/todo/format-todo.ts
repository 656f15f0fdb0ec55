import type {DiffLine} from '../history/diff-lines.ts'
import {diffHunks} from '../history/diff-hunks.ts'
import {escapeMarkdown} from '../report/escape-markdown.ts'
import {plural} from '../report/plural.ts'
import {printable} from '../report/printable.ts'
import type {TodoCategory, TodoItem} from './types.ts'

const groupHeadings: Record<TodoCategory, string> = {code: 'Code and commands', links: 'Links', prose: 'Prose', typo: 'Typo fixes'}

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

/** GitHub refuses an issue body of more than 65,536 characters; the list stays below, with room to spare. */
const issueBodyLimit = 65_000

/**
 * The work list as Markdown, ready to be the body of one tracking issue per locale: a task per
 * item, named by its stable id, with its source diff folded under it. `previous` (the issue's
 * body as it was) keeps the items Lockstep no longer finds, ticked. The body stays within
 * `limit` characters (an issue body's): past it, the lowest-ranked items lose their diffs first,
 * then the oldest ticked items go, then the lowest-ranked items, with a line saying how many.
 */
export function formatTodoMarkdown(items: readonly TodoItem[], locale: string, previous?: string, options: {limit?: number} = {}): string {
  const limit = options.limit ?? issueBodyLimit
  const head = [`<!-- lockstep:todo locale=${escapeMarkdown(locale)} -->`, `# Translation work list: ${escapeMarkdown(locale)}`, '']
  head.push(`${plural(items.length, 'open item')}, ranked: code and commands first, then links, prose and typo fixes; within each, the pages most linked to, then by navigation weight, then the oldest. Made by \`lockstep todo --locale ${escapeMarkdown(locale)} --format markdown\`; an item is ticked when Lockstep sees its section back in line.`, '')
  const ranked = (['code', 'links', 'prose', 'typo'] as const).flatMap((category) => items.filter((item) => item.category === category))
  const blocks = ranked.map((item, index) => {
    const title = item.section.level === 0 ? 'the introduction' : `“${escapeMarkdown(item.section.title)}”`
    const line = `- [ ] \`${item.id}\` ${escapeMarkdown(item.file)}: ${title} ${describeWork(item)} (${facts(item)}) · [side by side](${item.href})`
    const hunks = diffHunks(item.diff, 2)
    const details = hunks.length > 0 ? ['  <details><summary>Source diff</summary>', '', ...fenced(hunks).map((each) => `  ${each}`), '', '  </details>'] : []
    return {item, index, line, details}
  })
  const open = new Set(items.map((item) => item.id))
  const done = previous === undefined ? [] : ticked(previous, open)
  const size = (lines: readonly string[]) => lines.reduce((sum, each) => sum + each.length + 1, 0)
  // What is cut, in order, while the body is too long: diffs from the bottom up, old ticked items, open items from the bottom up.
  const headings = 4 * 30 + 40
  let total = size(head) + headings + blocks.reduce((sum, block) => sum + block.line.length + 1 + size(block.details), 0) + size(done) + 10
  let withDetails = blocks.length
  while (total > limit && withDetails > 0) total -= size(blocks[--withDetails]!.details)
  let kept = done.length
  while (total > limit && kept > 0) total -= done[--kept]!.length + 1
  let shown = blocks.length
  // The line that says how many are not shown needs room too.
  if (total > limit) while (total + 200 > limit && shown > 0) total -= blocks[--shown]!.line.length + 1
  const out = [...head]
  for (const category of ['code', 'links', 'prose', 'typo'] as const) {
    const group = blocks.slice(0, shown).filter((block) => block.item.category === category)
    if (group.length === 0) continue
    out.push(`## ${groupHeadings[category]}`, '')
    for (const block of group) out.push(block.line, ...(block.index < withDetails ? block.details : []))
    out.push('')
  }
  if (shown < blocks.length) out.push(`${plural(blocks.length - shown, 'more item')}, not shown to keep this body within an issue's size: \`lockstep todo --locale ${escapeMarkdown(locale)}\` lists them all.`, '')
  if (kept > 0) out.push('## Done', '', ...done.slice(0, kept), '')
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
