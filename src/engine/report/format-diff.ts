import {diffHunks} from '../history/diff-hunks.ts'
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
  if (base.commit) {
    const behind = page.behind === null ? 'commits behind unknown' : `${page.behind} commit${page.behind === 1 ? '' : 's'} behind`
    lines.push(`Base: ${base.commit.slice(0, 7)} (${base.from}${base.date ? `, ${base.date.slice(0, 10)}` : ''}), ${behind}`)
  } else lines.push(`Base: unknown${page.reason ? ` (${page.reason})` : ''}`)
  lines.push('')
  for (const section of page.sections) {
    const heading = section.level === 0 ? 'Introduction' : `${'#'.repeat(section.level)} ${section.title}`
    const status = section.change === 'changed' ? `changed (${section.kinds.join(', ')})` : section.change
    const color = section.change === 'unchanged' ? '2' : section.change === 'unknown' ? '0' : '33'
    lines.push(`${paint('1', heading)}  ${paint(color, status)}  ${paint('2', `${page.sourceFile}:${section.line}`)}`)
    if (section.change === 'unchanged' && !options.all) continue
    if (section.diff.length > 0) lines.push(...diffHunks(section.diff, context).map((line) => '  ' + (line.op === '-' ? paint('31', `- ${line.text}`) : line.op === '+' ? paint('32', `+ ${line.text}`) : `  ${line.text}`)))
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
