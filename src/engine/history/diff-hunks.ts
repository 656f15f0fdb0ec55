import type {DiffLine} from './diff-lines.ts'

/** Changed lines with `context` unchanged lines around them; longer unchanged runs become `…`. */
export function diffHunks(diff: readonly DiffLine[], context: number): DiffLine[] {
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
