import {padToWidth, wrapToWidth} from './wrap-to-width.ts'

/** One line of a column: its text, a prefix repeated on its wrapped lines (`- `, `+ `), and an ANSI colour code. */
export interface ColumnLine {
  text: string
  prefix?: string
  color?: string
}

/**
 * Two columns of `width` terminal columns in all (two spaces of indent, ` │ ` between them),
 * each line wrapped by display width, the columns top-aligned. Colour goes on after padding,
 * so escape codes never count as width.
 */
export function sideBySide(left: readonly ColumnLine[], right: readonly ColumnLine[], width: number, paint: (code: string, text: string) => string): string[] {
  const leftWidth = Math.floor((width - 5) / 2)
  const rightWidth = width - 5 - leftWidth
  const wrap = (lines: readonly ColumnLine[], columns: number) =>
    lines.flatMap(({text, prefix = '', color}) => wrapToWidth(text, columns - prefix.length).map((part) => ({text: prefix + part, color})))
  const leftLines = wrap(left, leftWidth)
  const rightLines = wrap(right, rightWidth)
  const rows: string[] = []
  for (let index = 0; index < Math.max(leftLines.length, rightLines.length); index++) {
    const one = leftLines[index]
    const other = rightLines[index]
    const cell = (line: {text: string; color?: string} | undefined, columns: number): string => (line?.color ? paint(line.color, padToWidth(line.text, columns)) : padToWidth(line?.text ?? '', columns))
    const last = other ? (other.color ? paint(other.color, other.text) : other.text) : ''
    rows.push(`  ${cell(one, leftWidth)} ${paint('2', '│')} ${last}`.trimEnd())
  }
  return rows
}
