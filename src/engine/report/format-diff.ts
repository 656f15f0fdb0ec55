import {describeBase, describeBehind} from '../history/describe-base.ts'
import {neutralize} from './neutralize.ts'
import {diffHunks} from '../history/diff-hunks.ts'
import type {DiffLine} from '../history/diff-lines.ts'
import type {PageDiff, SectionDiff} from '../history/diff-page.ts'
import {minSideBySideWidth} from './min-side-by-side-width.ts'
import {sideBySide, type ColumnLine} from './side-by-side.ts'
import {printable} from './printable.ts'

/** Options of `formatDiff`. */
export interface DiffTextOptions {
  color?: boolean
  /** Unchanged lines kept around each change (default 2). */
  context?: number
  /** Also print unchanged sections in full. */
  all?: boolean
  /**
   * Terminal columns: wide enough for two readable columns, each source diff is printed beside
   * its translated section; else (and by default) the translation follows the diff.
   */
  width?: number
}

type Paint = (code: string, text: string) => string

/**
 * `lockstep diff` as text: per source section, how it changed since the translation's base,
 * the source diff, and beside it (or below it, on a narrow terminal) the translated section that
 * has to follow. Page text (titles, lines, file names) is printed with its control characters as
 * `�`, side by side or stacked, so a page cannot send escape codes to the terminal.
 */
export function formatDiff(given: PageDiff, options: DiffTextOptions = {}): string {
  // Strings from pages, pins, file names and git lose their control characters (`neutralize`).
  const page = neutralize(given)
  const paint: Paint = (code, text) => (options.color ? `\u001B[${code}m${text}\u001B[0m` : text)
  const context = options.context ?? 2
  const wide = options.width !== undefined && options.width >= minSideBySideWidth
  const {base} = page
  const file = printable(page.file)
  const sourceFile = printable(page.sourceFile)
  const lines = [paint('1', `${file} (translation of ${sourceFile})`)]
  if (base.commit) lines.push(`Base: ${describeBase({...base, commit: base.commit})}, ${describeBehind(page.behind)}`)
  else lines.push(`Base: unknown${page.reason ? ` (${printable(page.reason)})` : ''}`)
  lines.push('')
  for (const section of page.sections) {
    const heading = section.level === 0 ? 'Introduction' : `${'#'.repeat(section.level)} ${printable(section.title)}`
    const status = section.change === 'changed' ? `changed (${section.kinds.join(', ')})` : section.change
    const color = section.change === 'unchanged' ? '2' : section.change === 'unknown' ? '0' : '33'
    lines.push(`${paint('1', heading)}  ${paint(color, status)}  ${paint('2', `${sourceFile}:${section.line}`)}`)
    if (section.change === 'unchanged' && !options.all) continue
    const diff = diffHunks(section.diff, context).map(diffColumnLine)
    if (wide) {
      const left: ColumnLine[] = [{text: `Source since ${base.commit ? base.commit.slice(0, 7) : 'the base'}`, color: '36'}, ...(diff.length > 0 ? diff : [{text: section.change === 'unknown' ? '(changes unknown)' : '(no change)', color: '2'}])]
      lines.push(...sideBySide(left, translationColumn(section, page.file), options.width!, paint))
    } else {
      lines.push(...diff.map((line) => '  ' + (line.color ? paint(line.color, `${line.prefix}${printable(line.text)}`) : `${line.prefix ?? ''}${printable(line.text)}`)))
      lines.push(...translationColumn(section, page.file).map((line, index) => `  ${index === 0 ? paint(line.color!, printable(line.text)) : `${paint('2', '│')} ${printable(line.text)}`}`))
    }
    lines.push('')
  }
  for (const section of page.removed) {
    lines.push(`${paint('1', `${'#'.repeat(section.level)} ${printable(section.title)}`)}  ${paint('31', 'removed from the source')}`)
    lines.push(...section.lines.map((line) => '  ' + paint('31', `- ${printable(line)}`)), '')
  }
  return lines.join('\n') + '\n'
}

function diffColumnLine(line: DiffLine): ColumnLine {
  if (line.op === '-') return {text: line.text, prefix: '- ', color: '31'}
  if (line.op === '+') return {text: line.text, prefix: '+ ', color: '32'}
  return {text: line.text, prefix: '  '}
}

/** The translated section as a column: a label, then its lines. */
function translationColumn(section: SectionDiff, file: string): ColumnLine[] {
  if (!section.translation) return [{text: 'No translated section', color: '35'}]
  return [{text: `Translation ${file}:${section.translation.line}`, color: '36'}, ...section.translation.lines.map((text) => ({text}))]
}
