import stringWidth from 'string-width'
import {printable} from './printable.ts'

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/**
 * Cut a line of page text into lines of at most `width` terminal columns, by display width: a
 * CJK character or an emoji takes two columns, a combining mark none (Unicode's East Asian Width,
 * via `string-width`). Breaks after the last space that fits, else anywhere (CJK text has no
 * spaces). Tabs become spaces and control characters `�`, so a page cannot move the cursor or
 * colour the terminal. Always at least one line.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = []
  let line: Array<{text: string; width: number}> = []
  let used = 0
  for (const {segment} of graphemes.segment(printable(text))) {
    const size = stringWidth(segment)
    if (used + size > width && line.length > 0) {
      // A space that does not fit ends a line whose words all fit: break there and drop it, so
      // the next line neither starts with it nor cuts its first word.
      if (segment === ' ') {
        lines.push(join(line).trimEnd())
        line = []
        used = 0
        continue
      }
      const space = findLastSpace(line)
      // Keep the space at the end of the line it ends: the next line starts with a word.
      const cut = space > 0 ? space + 1 : line.length
      lines.push(join(line.slice(0, cut)).trimEnd())
      line = line.slice(cut)
      used = line.reduce((sum, part) => sum + part.width, 0)
    }
    line.push({text: segment, width: size})
    used += size
  }
  lines.push(join(line))
  return lines
}

/** Pad text with spaces to `width` display columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)))
}

function findLastSpace(line: ReadonlyArray<{text: string}>): number {
  for (let index = line.length - 1; index > 0; index--) if (line[index]!.text === ' ') return index
  return -1
}

function join(line: ReadonlyArray<{text: string}>): string {
  return line.map((part) => part.text).join('')
}
