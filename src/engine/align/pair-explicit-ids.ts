import type {SectionSummary} from '../sections/types.ts'
import type {PairScore} from './score-pair.ts'
import type {SectionPair} from './types.ts'

/** Which sections of one side are paired (a bit array or a set: the compact and the dense aligner). */
export interface PairedSet {
  has(index: number): boolean
  add(index: number): unknown
  delete(index: number): unknown
}

/**
 * A translated heading that keeps its source heading's id (`### Biblioteca {#library}`) is that
 * section's counterpart, wherever either stands: pair them when the passes before left them apart.
 * On a glossary sorted by its translated terms the order-preserving pass pairs neighbours by
 * place, and a moved pair can only take sections both left free, so an entry with the very id of
 * its source stayed missing. The pairs that held either section are undone, unless one is at least
 * as sure as the id's pair; what they free is left to the later passes. Only ids that one section
 * of each page has count. Mutates `pairs` and
 * the two sets; deterministic (translated sections in order).
 */
export function pairExplicitIds(pairs: SectionPair[], paired: {source: PairedSet; target: PairedSet}, source: readonly SectionSummary[], target: readonly SectionSummary[], score: (source: number, target: number) => PairScore): void {
  const targetsById = uniqueIndexes(target, (section) => (section.explicitId === undefined ? [] : [section.explicitId]))
  if (targetsById.size === 0) return
  // A source heading's rendered id is its explicit id when it has one, else its slug.
  const sourcesById = uniqueIndexes(source, (section) => (section.id === '' ? [] : [section.id]))
  for (const [id, t] of [...targetsById].sort((a, b) => a[1] - b[1])) {
    const s = sourcesById.get(id)
    if (s === undefined || pairs.some((pair) => pair.source === s && pair.target === t)) continue
    const value = score(s, t)
    // A pair at least as sure keeps its sections: a translation with the id on a misplaced heading
    // and the source heading's own text on the right one (`## Protocol configuration`, untranslated).
    if (pairs.some((pair) => (pair.source === s || pair.target === t) && pair.confidence >= Math.round(value.score * 100) / 100)) continue
    for (let index = pairs.length - 1; index >= 0; index--) {
      const pair = pairs[index]!
      if (pair.source !== s && pair.target !== t) continue
      pairs.splice(index, 1)
      paired.source.delete(pair.source)
      paired.target.delete(pair.target)
    }
    paired.source.add(s)
    paired.target.add(t)
    const crosses = pairs.some((pair) => pair.source !== 0 && (pair.source - s) * (pair.target - t) < 0)
    pairs.push({source: s, target: t, confidence: Math.round(value.score * 100) / 100, relation: crosses ? 'moved' : 'match', reasons: value.reasons})
  }
}

/** Each id of a headed section (index 1 on) → the one section that has it; ids several sections have are left out. */
function uniqueIndexes(sections: readonly SectionSummary[], idsOf: (section: SectionSummary) => string[]): Map<string, number> {
  const owners = new Map<string, number>()
  for (let index = 1; index < sections.length; index++) {
    for (const id of idsOf(sections[index]!)) owners.set(id, owners.has(id) ? -1 : index)
  }
  for (const [id, index] of owners) if (index < 0) owners.delete(id)
  return owners
}
