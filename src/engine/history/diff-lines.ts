/** One line of a line diff: kept (` `), removed (`-`) or added (`+`). */
export interface DiffLine {
  op: ' ' | '-' | '+'
  text: string
}

/** Above this many cells the table is not built: the old text is shown removed and the new added. */
const maxCells = 4_000_000

/**
 * A line diff of two texts by longest common subsequence. Sections are short, so the plain
 * quadratic table is fast enough and gives the minimal diff.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length
  const m = after.length
  if (n * m > maxCells) return [...before.map((text) => ({op: '-' as const, text})), ...after.map((text) => ({op: '+' as const, text}))]
  // lengths[i][j]: LCS of before[i..] and after[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = before[i] === after[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!)
    }
  }
  const result: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      result.push({op: ' ', text: before[i]!})
      i++
      j++
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) result.push({op: '-', text: before[i++]!})
    else result.push({op: '+', text: after[j++]!})
  }
  while (i < n) result.push({op: '-', text: before[i++]!})
  while (j < m) result.push({op: '+', text: after[j++]!})
  return result
}
