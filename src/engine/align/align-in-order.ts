import {findAnchors} from './find-anchors.ts'
import type {PairScorer} from './pair-scorer.ts'

/** A rectangle of the two section lists: sources `sourceFrom`…`sourceTo - 1` against targets likewise. */
interface Span {
  sourceFrom: number
  sourceTo: number
  targetFrom: number
  targetTo: number
}

const diagonalMove = 0
const upMove = 1
const leftMove = 2

/**
 * The order-preserving pairs of two pages' headed sections (index 1 on; the introductions are
 * paired apart), as `[source, target]` in document order: the best pairing by total score above
 * `threshold`, by dynamic programming.
 *
 * The table keeps one byte per cell (the step the traceback takes) and two rows of sums, never a
 * score object per cell. A table of more than `cellBudget` cells is not built: long pages are cut
 * at sure pairs first (`findAnchors`) and the gaps between them aligned alone, so memory and time
 * grow with the gaps, not with the square of the page. A gap still too big is aligned block by block
 * along its diagonal (pages with nothing in common to anchor on).
 */
export function alignInOrder(scorer: PairScorer, options: {threshold: number; anchorScore: number; cellBudget: number}): Array<[number, number]> {
  const {n, m} = scorer
  const all: Span = {sourceFrom: 1, sourceTo: n, targetFrom: 1, targetTo: m}
  if (cells(all) <= options.cellBudget) return alignSpan(scorer, all, options.threshold)
  const pairs: Array<[number, number]> = []
  let previous: [number, number] = [0, 0]
  for (const anchor of [...findAnchors(scorer, options.anchorScore), [n, m] as [number, number]]) {
    const gap = {sourceFrom: previous[0] + 1, sourceTo: anchor[0], targetFrom: previous[1] + 1, targetTo: anchor[1]}
    pairs.push(...alignGap(scorer, gap, options))
    if (anchor[0] < n) pairs.push(anchor)
    previous = anchor
  }
  return pairs
}

function alignGap(scorer: PairScorer, gap: Span, options: {threshold: number; cellBudget: number}): Array<[number, number]> {
  if (cells(gap) <= options.cellBudget) return alignSpan(scorer, gap, options.threshold)
  const rows = gap.sourceTo - gap.sourceFrom
  const columns = gap.targetTo - gap.targetFrom
  // Blocks of at most the budget each, and at most four budgets in all: linear in the gap's length.
  const budget = Math.max(options.cellBudget, 1)
  const blocks = Math.max(Math.ceil(Math.sqrt(cells(gap) / budget)), Math.ceil(cells(gap) / (4 * budget)))
  const pairs: Array<[number, number]> = []
  for (let block = 0; block < blocks; block++) {
    const part = {
      sourceFrom: gap.sourceFrom + Math.floor((block * rows) / blocks),
      sourceTo: gap.sourceFrom + Math.floor(((block + 1) * rows) / blocks),
      targetFrom: gap.targetFrom + Math.floor((block * columns) / blocks),
      targetTo: gap.targetFrom + Math.floor(((block + 1) * columns) / blocks)
    }
    pairs.push(...alignSpan(scorer, part, options.threshold))
  }
  return pairs
}

/** The exact alignment of one rectangle, ties broken as they always were: diagonal, then up, then left. */
function alignSpan(scorer: PairScorer, span: Span, threshold: number): Array<[number, number]> {
  const rows = span.sourceTo - span.sourceFrom
  const columns = span.targetTo - span.targetFrom
  if (rows <= 0 || columns <= 0) return []
  const moves = new Uint8Array(rows * columns)
  let previous = new Float64Array(columns + 1)
  let current = new Float64Array(columns + 1)
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const gain = scorer.value(span.sourceFrom + row, span.targetFrom + column) - threshold
      const diagonal = previous[column]! + (gain > 0 ? gain : -Infinity)
      const up = previous[column + 1]!
      const best = Math.max(up, current[column]!, diagonal)
      current[column + 1] = best
      moves[row * columns + column] = gain > 0 && best === diagonal ? diagonalMove : best === up ? upMove : leftMove
    }
    ;[previous, current] = [current, previous]
  }
  const pairs: Array<[number, number]> = []
  let row = rows - 1
  let column = columns - 1
  while (row >= 0 && column >= 0) {
    const move = moves[row * columns + column]
    if (move === diagonalMove) pairs.push([span.sourceFrom + row--, span.targetFrom + column--])
    else if (move === upMove) row--
    else column--
  }
  return pairs.reverse()
}

function cells(span: Span): number {
  return Math.max(0, span.sourceTo - span.sourceFrom) * Math.max(0, span.targetTo - span.targetFrom)
}
