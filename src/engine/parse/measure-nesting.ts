const containerPrefix = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$))+/

/**
 * The deepest container nesting (list items, block quotes) a page can have, from a cheap scan
 * of line prefixes: `- - - x` opens three lists on one line, and indentation opens one per
 * two columns. micromark's cost grows with the square of the depth (10,000 levels take half a
 * minute), so pages past a limit are reported instead of parsed.
 */
export function measureNesting(value: string): {depth: number; line: number} {
  let depth = 0
  let line = 0
  let current = 0
  let start = 0
  while (start <= value.length) {
    current++
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    const text = value.slice(start, Math.min(end, start + 100_000))
    const prefix = containerPrefix.exec(text)
    let levels = 0
    if (prefix) levels = (prefix[0].match(/[-*+>]|\d[.)]/g)?.length ?? 0)
    const indent = /^[ \t]*/.exec(text)![0].length
    levels = Math.max(levels, Math.floor(indent / 2))
    if (levels > depth) {
      depth = levels
      line = current
    }
    start = end + 1
  }
  return {depth, line}
}
