// The aligner as it was before it became compact: an n × m table of score objects. Kept as the
// oracle the compact aligner (src/engine/align/align-sections.ts) must agree with, pair for pair,
// on every page of the corpora. It scores through the same `pairScorer` (`scorePair` on
// `pageFeatures`), so a change of scoring changes both alike. Too slow and too big for long pages:
// tests only.
import type {SectionSummary} from '../../src/engine/sections/types.ts'
import {displaceWeakPairs} from '../../src/engine/align/displace-weak-pairs.ts'
import {pairExplicitIds} from '../../src/engine/align/pair-explicit-ids.ts'
import {pairScorer} from '../../src/engine/align/pair-scorer.ts'
import type {PairScore} from '../../src/engine/align/score-pair.ts'
import type {AlignOptions} from '../../src/engine/align/align-sections.ts'
import type {Alignment, SectionPair} from '../../src/engine/align/types.ts'

/**
 * `alignSections` before it became compact, unchanged but for scoring through `pairScorer`.
 * Align a translation's sections to its source's sections as a whole sequence.
 *
 * A weighted global alignment (dynamic programming over both section lists in document
 * order) finds the best order-preserving pairing, so missing, extra, promoted and demoted
 * sections fall out of one optimum instead of greedy heading-by-heading guesses. Two passes
 * follow: strong out-of-order pairs are moved sections, and a leftover section that belongs
 * with its paired neighbour is a split or a merge. Deterministic: ties always break the same way.
 */
export function alignSectionsDense(source: SectionSummary[], target: SectionSummary[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? 0.35
  const moveThreshold = options.moveThreshold ?? 0.7
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) return {pairs: [], unmatchedSource: range(n), unmatchedTarget: range(m)}

  const scorer = pairScorer(source, target)
  const scores: PairScore[][] = []
  const score = (i: number, j: number): PairScore => {
    const row = (scores[i] ??= [])
    return (row[j] ??= scorer.score(i, j))
  }

  // The introductions always correspond; align the headed sections after them.
  const dp: Float64Array[] = []
  for (let i = 0; i <= n - 1; i++) dp.push(new Float64Array(m))
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < m; j++) {
      const gain = score(i, j).score - threshold
      const diagonal = dp[i - 1]![j - 1]! + (gain > 0 ? gain : -Infinity)
      dp[i]![j] = Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!, diagonal)
    }
  }

  const pairs: SectionPair[] = []
  const intro = score(0, 0)
  pairs.push({source: 0, target: 0, confidence: round(Math.max(intro.score, 0.5)), relation: 'match', reasons: ['page introductions', ...intro.reasons]})
  let i = n - 1
  let j = m - 1
  const sequence: SectionPair[] = []
  while (i > 0 && j > 0) {
    const gain = score(i, j).score - threshold
    if (gain > 0 && dp[i]![j] === dp[i - 1]![j - 1]! + gain) {
      sequence.push({source: i, target: j, confidence: round(score(i, j).score), relation: 'match', reasons: score(i, j).reasons})
      i--
      j--
    } else if (dp[i]![j] === dp[i - 1]![j]) {
      i--
    } else {
      j--
    }
  }
  pairs.push(...sequence.reverse())

  const pairedSource = new Set(pairs.map((pair) => pair.source))
  const pairedTarget = new Set(pairs.map((pair) => pair.target))

  // Moved sections: strong pairs the order-preserving pass could not take.
  const candidates: Array<[number, number, number]> = []
  for (let s = 1; s < n; s++) {
    if (pairedSource.has(s)) continue
    for (let t = 1; t < m; t++) {
      if (pairedTarget.has(t)) continue
      const value = score(s, t).score
      if (value >= moveThreshold) candidates.push([value, s, t])
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  for (const [value, s, t] of candidates) {
    if (pairedSource.has(s) || pairedTarget.has(t)) continue
    pairedSource.add(s)
    pairedTarget.add(t)
    const crosses = pairs.some((pair) => pair.source !== 0 && (pair.source - s) * (pair.target - t) < 0)
    pairs.push({source: s, target: t, confidence: round(value), relation: crosses ? 'moved' : 'match', reasons: score(s, t).reasons})
  }

  displaceWeakPairs(pairs, pairedTarget, m, score, moveThreshold)
  pairExplicitIds(pairs, {source: pairedSource, target: pairedTarget}, source, target, score)

  // Gaps: between two aligned neighbours (or after the last), as many leftover source sections as
  // translated ones, rank for rank, are each other's counterparts even when a rewrite in the
  // source left them little in common (a translation of an older version of the section).
  const ordered = pairs.filter((pair) => pair.relation === 'match').sort((a, b) => a.source - b.source)
  for (let index = 0; index < ordered.length; index++) {
    const from = ordered[index]!
    const to = ordered[index + 1]
    const gapSource = range(n).filter((s) => s > from.source && (to === undefined || s < to.source) && !pairedSource.has(s))
    const gapTarget = range(m).filter((t) => t > from.target && (to === undefined || t < to.target) && !pairedTarget.has(t))
    if (gapSource.length === 0 || gapSource.length !== gapTarget.length) continue
    const fits = gapSource.every((s, k) => source[s]!.level === target[gapTarget[k]!]!.level && source[s]!.headingKey === target[gapTarget[k]!]!.headingKey && score(s, gapTarget[k]!).score >= 0.2)
    if (!fits) continue
    for (const [k, s] of gapSource.entries()) {
      const t = gapTarget[k]!
      pairedSource.add(s)
      pairedTarget.add(t)
      pairs.push({source: s, target: t, confidence: round(Math.min(score(s, t).score, 0.5)), relation: 'match', reasons: ['the only section left between aligned neighbours', ...score(s, t).reasons]})
    }
  }

  // Splits and merges: a leftover section whose content belongs with a paired neighbour (the
  // section before or after it), e.g. a source section the translation split into two.
  const byTarget = new Map(pairs.map((pair) => [pair.target, pair]))
  const bySource = new Map(pairs.map((pair) => [pair.source, pair]))
  for (let t = 1; t < m; t++) {
    if (pairedTarget.has(t)) continue
    const best = [byTarget.get(t - 1), byTarget.get(t + 1)]
      .filter((pair): pair is SectionPair => pair !== undefined && pair.source !== 0)
      .map((pair) => ({pair, value: score(pair.source, t), neighbour: target[pair.target]!}))
      // A sub-section split off its parent needs less evidence than a sibling of the same rank.
      // Only shared content makes a split: position and rank alone would swallow an extra section.
      .filter(({value, neighbour}) => (value.content ?? 0) >= 0.3 && value.score >= (target[t]!.level !== neighbour.level ? 0.55 : 0.7))
      .sort((a, b) => b.value.score - a.value.score)[0]
    if (!best) continue
    pairedTarget.add(t)
    pairs.push({source: best.pair.source, target: t, confidence: round(best.value.score), relation: 'split', reasons: ['split from a neighbouring section', ...best.value.reasons]})
  }
  for (let s = 1; s < n; s++) {
    if (pairedSource.has(s)) continue
    const best = [bySource.get(s - 1), bySource.get(s + 1)]
      .filter((pair): pair is SectionPair => pair !== undefined && pair.source !== 0)
      .map((pair) => ({pair, value: score(s, pair.target), neighbour: source[pair.source]!}))
      .filter(({value, neighbour}) => (value.content ?? 0) >= 0.3 && value.score >= (source[s]!.level !== neighbour.level ? 0.55 : 0.6))
      .sort((a, b) => b.value.score - a.value.score)[0]
    if (!best) continue
    pairedSource.add(s)
    pairs.push({source: s, target: best.pair.target, confidence: round(best.value.score), relation: 'merged', reasons: ['merged into a neighbouring section', ...best.value.reasons]})
  }

  pairs.sort((a, b) => a.target - b.target || a.source - b.source)
  return {
    pairs,
    unmatchedSource: range(n).filter((index) => !pairedSource.has(index)),
    unmatchedTarget: range(m).filter((index) => !pairedTarget.has(index))
  }
}

function range(length: number): number[] {
  return Array.from({length}, (_, index) => index)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
