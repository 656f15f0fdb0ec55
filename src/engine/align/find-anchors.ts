import type {SectionSummary} from '../sections/types.ts'
import type {PairScorer} from './pair-scorer.ts'
import {sourceKeys, targetKeys} from './section-keys.ts'

/**
 * Sure pairs of a long page pair, in document order on both sides: a source and a translated
 * section that share something no other section of either page has (an explicit id, a heading
 * shortcode, the heading text, a link, code, a number) and score at least `minimum`. Found
 * through an index of those keys, without scoring every pair; a section with two different such
 * partners is no anchor. Of anchors that cross, the longest chain in order is kept.
 */
export function findAnchors(scorer: PairScorer, minimum: number): Array<[number, number]> {
  const inSource = uniqueKeys(scorer.source, (section, index) => sourceKeys(section, scorer.features.source[index]!))
  const inTarget = uniqueKeys(scorer.target, (section, index) => targetKeys(section, scorer.features.target[index]!))
  const partnerOf = new Map<number, number>()
  const sourceOf = new Map<number, number>()
  for (const [key, source] of inSource) {
    const target = inTarget.get(key)
    if (source < 0 || target === undefined || target < 0) continue
    partnerOf.set(source, (partnerOf.get(source) ?? target) === target ? target : -1)
    sourceOf.set(target, (sourceOf.get(target) ?? source) === source ? source : -1)
  }
  const sure = [...partnerOf]
    .filter(([source, target]) => target >= 0 && sourceOf.get(target) === source && scorer.value(source, target) >= minimum)
    .sort((a, b) => a[0] - b[0])
  return longestChain(sure)
}

/** Each key of a headed section (index 1 on) → the one section that has it, or -1 when several do. */
function uniqueKeys(sections: SectionSummary[], keysOf: (section: SectionSummary, index: number) => Set<string>): Map<string, number> {
  const owners = new Map<string, number>()
  for (let index = 1; index < sections.length; index++) {
    for (const key of keysOf(sections[index]!, index)) owners.set(key, owners.has(key) ? -1 : index)
  }
  return owners
}

/** The longest run of pairs increasing in both indexes (pairs sorted by source), first-found on ties. */
function longestChain(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  for (const [index, [, target]] of pairs.entries()) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]!]![1] < target) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  }
  const chain: Array<[number, number]> = []
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) chain.push(pairs[index]!)
  return chain.reverse()
}
