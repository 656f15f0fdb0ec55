import type {SourceChanges} from '../history/types.ts'
import type {SectionSummary} from '../sections/types.ts'
import {alignSections} from './align-sections.ts'
import type {Alignment} from './types.ts'

/**
 * Position and rank alone score at most 0.65: above this, a pair rests on shared content (code,
 * links, names), which a translation made from a newer source than its stale pin does share.
 */
const contentEvidence = 0.7

/**
 * Align again without the sections that history says the two pages cannot share, where only
 * their place paired them:
 * - a source section added since the translation's base: a translation cannot have a section its
 *   source did not have yet;
 * - a translated section that holds a source section removed since the base (`stillTranslated`
 *   paired the two at the base): its counterpart is gone, so it pairs with no section of the
 *   source now, whatever neighbour took the removed section's place.
 * Either pair hides two sections' real state (new, left over) and a real pair besides. A pair with
 * shared content stands (the translation was made from a newer source than its pin says). Returns
 * the same alignment when there is nothing to undo. Pairs made again have reasons when `explain`.
 */
export function alignWithHistory(alignment: Alignment, source: readonly SectionSummary[], target: readonly SectionSummary[], changes: SourceChanges | undefined, explain = true): Alignment {
  if (!changes || changes.unchanged) return alignment
  const absorbed = new Set(alignment.pairs.filter((pair) => pair.source > 0 && pair.confidence < contentEvidence && changes.sections[pair.source]?.change === 'added').map((pair) => pair.source))
  // Only a pair at the base on shared content makes a holder: by place alone, a translation that
  // never had the removed section (a translator dropped it) would lose its next section's pair.
  const holders = new Map(changes.removed.filter((section) => section.target !== undefined && section.target > 0 && (section.confidence ?? 0) >= contentEvidence).map((section) => [section.target!, section.confidence!]))
  // A holder keeps a pair more sure than the one that ties it to the removed section. The others
  // stay out of the alignment again, paired or not, or they would take the place of those undone.
  const kept = new Set(alignment.pairs.filter((pair) => holders.has(pair.target) && pair.confidence >= Math.max(contentEvidence, holders.get(pair.target)!)).map((pair) => pair.target))
  const leftOver = new Set([...holders.keys()].filter((index) => !kept.has(index)))
  const undone = alignment.pairs.some((pair) => leftOver.has(pair.target))
  if (absorbed.size === 0 && !undone) return alignment
  const keptSource = source.map((_, index) => index).filter((index) => !absorbed.has(index))
  const keptTarget = target.map((_, index) => index).filter((index) => !leftOver.has(index))
  const result = alignSections(
    keptSource.map((index) => source[index]!),
    keptTarget.map((index) => target[index]!),
    {explain}
  )
  const pairs = result.pairs.map((pair) => ({...pair, source: keptSource[pair.source]!, target: keptTarget[pair.target]!}))
  const pairedSource = new Set(pairs.map((pair) => pair.source))
  const pairedTarget = new Set(pairs.map((pair) => pair.target))
  return {
    pairs,
    unmatchedSource: source.map((_, index) => index).filter((index) => !pairedSource.has(index)),
    unmatchedTarget: target.map((_, index) => index).filter((index) => !pairedTarget.has(index))
  }
}
