import type {PairScore} from './score-pair.ts'
import type {SectionPair} from './types.ts'

/** A pair below this confidence was made by place and rank more than by content. */
const weakBelow = 0.6

/**
 * A weak pair in sequence gives its source section up to a translated section, left unpaired,
 * that shares far more with it (`moveThreshold` or more): on a glossary sorted by its translated
 * terms, the order-preserving pass pairs neighbours by place and so blocks the moved pair the
 * content proves. The displaced translated section is left for the later passes. Mutates `pairs`
 * and the two sets; deterministic (translated sections in order, best score first).
 */
export function displaceWeakPairs(pairs: SectionPair[], pairedTarget: {has(index: number): boolean; add(index: number): unknown; delete(index: number): unknown}, targetCount: number, score: (source: number, target: number) => PairScore, moveThreshold: number): void {
  for (let t = 1; t < targetCount; t++) {
    if (pairedTarget.has(t)) continue
    let best: {pair: SectionPair; value: number} | undefined
    for (const pair of pairs) {
      if (pair.source === 0 || pair.relation !== 'match' || pair.confidence >= weakBelow) continue
      const value = score(pair.source, t).score
      if (value >= moveThreshold && (!best || value > best.value)) best = {pair, value}
    }
    if (!best) continue
    const {pair, value} = best
    pairedTarget.delete(pair.target)
    pairedTarget.add(t)
    const crosses = pairs.some((other) => other !== pair && other.source !== 0 && (other.source - pair.source) * (other.target - t) < 0)
    Object.assign(pair, {target: t, confidence: Math.round(value * 100) / 100, relation: crosses ? 'moved' : 'match', reasons: ['took the place of a weaker pair by position', ...score(pair.source, t).reasons]})
  }
}
