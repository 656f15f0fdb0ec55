/**
 * Levenshtein distance between `a` and `b` if it is at most `max`, else `max + 1`.
 *
 * Common prefix and suffix are dropped first and only a diagonal band of width `2·max + 1` is
 * filled, so telling a typo fix from a rewrite costs O(max · n), not O(n²), on long sections.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const x = a.slice(start, endA)
  const y = b.slice(start, endB)
  if (Math.abs(x.length - y.length) > max) return max + 1
  if (x.length === 0 || y.length === 0) return Math.max(x.length, y.length)
  const big = max + 1
  let previous = new Array<number>(y.length + 1)
  let current = new Array<number>(y.length + 1)
  for (let j = 0; j <= y.length; j++) previous[j] = j <= max ? j : big
  for (let i = 1; i <= x.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(y.length, i + max)
    current.fill(big)
    current[0] = i <= max ? i : big
    let best = current[0]!
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)
      current[j] = Math.min(big, substitute, previous[j]! + 1, current[j - 1]! + 1)
      if (current[j]! < best) best = current[j]!
    }
    if (best > max) return big
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[y.length]!, big)
}
