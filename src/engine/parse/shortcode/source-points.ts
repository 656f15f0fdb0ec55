import type {Point} from 'unist'

/** Converts offsets in a document to unist points, and skips whitespace around them. */
export interface SourcePoints {
  /** Point (1-based line and column, like micromark's) at `offset`. */
  at(offset: number): Point
  /** First offset at or after `from` (and before `to`) that is not whitespace. */
  skipForward(from: number, to: number): number
  /** Offset just after the last non-whitespace character before `from` (and at or after `to`). */
  skipBackward(from: number, to: number): number
}

/**
 * Index the line starts of `source` so positions can be recomputed after a
 * node is trimmed (only the pairing transform needs this, rarely).
 */
export function sourcePoints(source: string): SourcePoints {
  const lineStarts = [0]

  for (let index = 0; index < source.length; index++) {
    const char = source.charCodeAt(index)
    // `\r\n` is one line ending; a lone `\r` is one too (as in CommonMark).
    if (char === 13 && source.charCodeAt(index + 1) === 10) continue
    if (char === 10 || char === 13) lineStarts.push(index + 1)
  }

  return {at, skipForward, skipBackward}

  function at(offset: number): Point {
    let low = 0
    let high = lineStarts.length - 1

    // Last line start at or before `offset`.
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset}
  }

  function skipForward(from: number, to: number): number {
    let offset = from
    while (offset < to && isWhitespace(source.charCodeAt(offset))) offset++
    return offset
  }

  function skipBackward(from: number, to: number): number {
    let offset = from
    while (offset > to && isWhitespace(source.charCodeAt(offset - 1))) offset--
    return offset
  }
}

function isWhitespace(char: number): boolean {
  return char === 9 || char === 10 || char === 13 || char === 32
}
