import type {SectionSummary} from '../sections/types.ts'
import {alignInOrder} from './align-in-order.ts'
import {displaceWeakPairs} from './displace-weak-pairs.ts'
import {movedCandidates} from './moved-candidates.ts'
import {pairExplicitIds} from './pair-explicit-ids.ts'
import {pairScorer} from './pair-scorer.ts'
import type {Alignment, SectionPair} from './types.ts'

/** Options of `alignSections`. */
export interface AlignOptions {
  /** Minimum score for two sections to be paired in sequence. */
  threshold?: number
  /** Minimum score to pair sections out of order (a moved section). */
  moveThreshold?: number
  /**
   * Most pairs of sections scored in one table (default 250,000: pages of 500 headings). Longer
   * page pairs are cut at sure pairs first and aligned gap by gap.
   */
  cellBudget?: number
  /**
   * Give each pair the reasons it was made (default true). Only a reader asks for them
   * (`--explain`); without them a check's cached alignments were a quarter of its result cache.
   */
  explain?: boolean
}

/**
 * Align a translation's sections to its source's sections as a whole sequence.
 *
 * A weighted global alignment (dynamic programming over both section lists in document
 * order) finds the best order-preserving pairing, so missing, extra, promoted and demoted
 * sections fall out of one optimum instead of greedy heading-by-heading guesses. Two passes
 * follow: strong out-of-order pairs are moved sections, and a leftover section that belongs
 * with its paired neighbour is a split or a merge. Deterministic: ties always break the same way.
 *
 * Memory stays near-linear in the number of sections: no score is kept per pair (see
 * `alignInOrder` for how long pages are cut into gaps).
 */
export function alignSections(source: SectionSummary[], target: SectionSummary[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? 0.35
  const moveThreshold = options.moveThreshold ?? 0.7
  const cellBudget = options.cellBudget ?? 250_000
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) return {pairs: [], unmatchedSource: range(n), unmatchedTarget: range(m)}

  const explain = options.explain ?? true
  const scorer = pairScorer(source, target, explain)
  const score = scorer.score
  const pairs: SectionPair[] = []
  // The introductions always correspond; align the headed sections after them.
  const intro = score(0, 0)
  pairs.push({source: 0, target: 0, confidence: round(Math.max(intro.score, 0.5)), relation: 'match', reasons: ['page introductions', ...intro.reasons]})
  for (const [s, t] of alignInOrder(scorer, {threshold, anchorScore: moveThreshold, cellBudget})) {
    const value = score(s, t)
    pairs.push({source: s, target: t, confidence: round(value.score), relation: 'match', reasons: value.reasons})
  }

  const pairedSource = new Uint8Array(n)
  const pairedTarget = new Uint8Array(m)
  for (const pair of pairs) pairedSource[pair.source] = pairedTarget[pair.target] = 1

  // Moved sections: strong pairs the order-preserving pass could not take.
  for (const [value, s, t] of movedCandidates(scorer, pairedSource, pairedTarget, moveThreshold, cellBudget)) {
    if (pairedSource[s] || pairedTarget[t]) continue
    pairedSource[s] = pairedTarget[t] = 1
    const crosses = pairs.some((pair) => pair.source !== 0 && (pair.source - s) * (pair.target - t) < 0)
    pairs.push({source: s, target: t, confidence: round(value), relation: crosses ? 'moved' : 'match', reasons: score(s, t).reasons})
  }

  const pairedSet = (bits: Uint8Array) => ({has: (index: number) => bits[index] === 1, add: (index: number) => (bits[index] = 1), delete: (index: number) => (bits[index] = 0)})
  displaceWeakPairs(pairs, pairedSet(pairedTarget), m, score, moveThreshold)
  pairExplicitIds(pairs, {source: pairedSet(pairedSource), target: pairedSet(pairedTarget)}, source, target, score)

  // Gaps: between two aligned neighbours (or after the last), as many leftover source sections as
  // translated ones, rank for rank, are each other's counterparts even when a rewrite in the
  // source left them little in common (a translation of an older version of the section).
  const ordered = pairs.filter((pair) => pair.relation === 'match').sort((a, b) => a.source - b.source)
  for (let index = 0; index < ordered.length; index++) {
    const from = ordered[index]!
    const to = ordered[index + 1]
    const gapSource = leftover(pairedSource, from.source, to?.source ?? n, Infinity)
    if (gapSource.length === 0) continue
    // One more than the sources is enough to know the counts differ.
    const gapTarget = leftover(pairedTarget, from.target, to?.target ?? m, gapSource.length + 1)
    if (gapSource.length !== gapTarget.length) continue
    const fits = gapSource.every((s, k) => source[s]!.level === target[gapTarget[k]!]!.level && source[s]!.headingKey === target[gapTarget[k]!]!.headingKey && score(s, gapTarget[k]!).score >= 0.2)
    if (!fits) continue
    for (const [k, s] of gapSource.entries()) {
      const t = gapTarget[k]!
      pairedSource[s] = pairedTarget[t] = 1
      pairs.push({source: s, target: t, confidence: round(Math.min(score(s, t).score, 0.5)), relation: 'match', reasons: ['the only section left between aligned neighbours', ...score(s, t).reasons]})
    }
  }

  // Splits and merges: a leftover section whose content belongs with a paired neighbour (the
  // section before or after it), e.g. a source section the translation split into two.
  const byTarget = new Map(pairs.map((pair) => [pair.target, pair]))
  const bySource = new Map(pairs.map((pair) => [pair.source, pair]))
  for (let t = 1; t < m; t++) {
    if (pairedTarget[t]) continue
    const best = [byTarget.get(t - 1), byTarget.get(t + 1)]
      .filter((pair): pair is SectionPair => pair !== undefined && pair.source !== 0)
      .map((pair) => ({pair, value: score(pair.source, t), neighbour: target[pair.target]!}))
      // A sub-section split off its parent needs less evidence than a sibling of the same rank.
      // Only shared content makes a split: position and rank alone would swallow an extra section.
      .filter(({value, neighbour}) => (value.content ?? 0) >= 0.3 && value.score >= (target[t]!.level !== neighbour.level ? 0.55 : 0.7))
      .sort((a, b) => b.value.score - a.value.score)[0]
    if (!best) continue
    pairedTarget[t] = 1
    pairs.push({source: best.pair.source, target: t, confidence: round(best.value.score), relation: 'split', reasons: ['split from a neighbouring section', ...best.value.reasons]})
  }
  for (let s = 1; s < n; s++) {
    if (pairedSource[s]) continue
    const best = [bySource.get(s - 1), bySource.get(s + 1)]
      .filter((pair): pair is SectionPair => pair !== undefined && pair.source !== 0)
      .map((pair) => ({pair, value: score(s, pair.target), neighbour: source[pair.source]!}))
      .filter(({value, neighbour}) => (value.content ?? 0) >= 0.3 && value.score >= (source[s]!.level !== neighbour.level ? 0.55 : 0.6))
      .sort((a, b) => b.value.score - a.value.score)[0]
    if (!best) continue
    pairedSource[s] = 1
    pairs.push({source: s, target: best.pair.target, confidence: round(best.value.score), relation: 'merged', reasons: ['merged into a neighbouring section', ...best.value.reasons]})
  }

  pairs.sort((a, b) => a.target - b.target || a.source - b.source)
  // The scorer gave none; the passes' own words go too.
  if (!explain) for (const pair of pairs) pair.reasons = []
  return {
    pairs,
    unmatchedSource: range(n).filter((index) => !pairedSource[index]),
    unmatchedTarget: range(m).filter((index) => !pairedTarget[index])
  }
}

function range(length: number): number[] {
  return Array.from({length}, (_, index) => index)
}

/** Unpaired indexes strictly between `from` and `to`, at most `limit` of them. */
function leftover(paired: Uint8Array, from: number, to: number, limit: number): number[] {
  const result: number[] = []
  for (let index = from + 1; index < to && result.length < limit; index++) if (!paired[index]) result.push(index)
  return result
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
