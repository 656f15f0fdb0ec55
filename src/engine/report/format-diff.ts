import {describeBase, describeBehind} from '../history/describe-base.ts'
import type {DiffLine} from '../history/diff-lines.ts'
import type {PageDiff, SectionDiff} from '../history/diff-page.ts'

/** Options of `formatDiff`. */
export interface DiffTextOptions {
  color?: boolean
  /** Unchanged lines kept around each change (default 2). */
  context?: number
  /** Also print unchanged sections in full. */
  all?: boolean
}

/**
 * `lockstep diff` as text: per source section, how it changed since the translation's base,
 * the source diff, and below it the translated section that has to follow.
 */
export function formatDiff(page: PageDiff, options: DiffTextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[0m` : text)
  const context = options.context ?? 2
  const {base} = page
  const lines = [paint('1', `${page.file} (translation of ${page.sourceFile})`)]
  if (base.commit) lines.push(`Base: ${describeBase({...base, commit: base.commit})}, ${describeBehind(page.behind)}`)
  else lines.push(`Base: unknown${page.reason ? ` (${page.reason})` : ''}`)
  lines.push('')
  for (const section of page.sections) {
    const heading = section.level === 0 ? 'Introduction' : `${'#'.repeat(section.level)} ${section.title}`
    const status = section.change === 'changed' ? `changed (${section.kinds.join(', ')})` : section.change
    const color = section.change === 'unchanged' ? '2' : section.change === 'unknown' ? '0' : '33'
    lines.push(`${paint('1', heading)}  ${paint(color, status)}  ${paint('2', `${page.sourceFile}:${section.line}`)}`)
    if (section.change === 'unchanged' && !options.all) continue
    if (section.diff.length > 0) lines.push(...hunks(section.diff, context).map((line) => '  ' + (line.op === '-' ? paint('31', `- ${line.text}`) : line.op === '+' ? paint('32', `+ ${line.text}`) : `  ${line.text}`)))
    lines.push(...translation(section, page.file, paint))
    lines.push('')
  }
  for (const section of page.removed) {
    lines.push(`${paint('1', `${'#'.repeat(section.level)} ${section.title}`)}  ${paint('31', 'removed from the source')}`)
    lines.push(...section.lines.map((line) => '  ' + paint('31', `- ${line}`)), '')
  }
  return lines.join('\n') + '\n'
}

function translation(section: SectionDiff, file: string, paint: (code: string, text: string) => string): string[] {
  if (!section.translation) return [`  ${paint('35', 'No translated section')}`]
  return [`  ${paint('36', `Translation ${file}:${section.translation.line}`)}`, ...section.translation.lines.map((line) => `  ${paint('2', '│')} ${line}`)]
}

/** Changed lines with `context` unchanged lines around them; longer unchanged runs become `…`. */
function hunks(diff: DiffLine[], context: number): DiffLine[] {
  const keep = diff.map(() => false)
  diff.forEach((line, index) => {
    if (line.op === ' ') return
    for (let near = Math.max(0, index - context); near <= Math.min(diff.length - 1, index + context); near++) keep[near] = true
  })
  const result: DiffLine[] = []
  let skipped = false
  for (const [index, line] of diff.entries()) {
    if (keep[index]) {
      result.push(line)
      skipped = false
    } else if (!skipped) {
      result.push({op: ' ', text: '…'})
      skipped = true
    }
  }
  return result
}
