import type {PairScorer} from './pair-scorer.ts'
import {sourceKeys, targetKeys} from './section-keys.ts'

/** Past this many translated sections sharing one key, the key says nothing about a pair. */
const maxPartners = 64

/**
 * Pairs of sections left unpaired by the in-order pass that score at least `minimum`, as
 * `[score, source, target]`, best first (then by source, then by target): the moved-section
 * candidates. Every leftover pair is scored while there are at most `cellBudget` of them; beyond
 * that only pairs that share a key (`sourceKeys`) are, which is where strong scores come from.
 */
export function movedCandidates(scorer: PairScorer, pairedSource: Uint8Array, pairedTarget: Uint8Array, minimum: number, cellBudget: number): Array<[number, number, number]> {
  const sources: number[] = []
  const targets: number[] = []
  for (let s = 1; s < scorer.n; s++) if (!pairedSource[s]) sources.push(s)
  for (let t = 1; t < scorer.m; t++) if (!pairedTarget[t]) targets.push(t)
  const candidates: Array<[number, number, number]> = []
  const consider = (s: number, t: number) => {
    const value = scorer.value(s, t)
    if (value >= minimum) candidates.push([value, s, t])
  }
  if (sources.length * targets.length <= cellBudget) {
    for (const s of sources) for (const t of targets) consider(s, t)
  } else {
    const byKey = new Map<string, number[]>()
    for (const t of targets) {
      for (const key of targetKeys(scorer.target[t]!, scorer.features.target[t]!)) {
        const list = byKey.get(key)
        if (list) list.push(t)
        else byKey.set(key, [t])
      }
    }
    for (const s of sources) {
      const partners = new Set<number>()
      for (const key of sourceKeys(scorer.source[s]!, scorer.features.source[s]!)) {
        const list = byKey.get(key)
        if (list && list.length <= maxPartners) for (const t of list) partners.add(t)
      }
      for (const t of [...partners].sort((a, b) => a - b)) consider(s, t)
    }
  }
  return candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
}
