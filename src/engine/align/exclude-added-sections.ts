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
 * Align again without the source sections that history says were added since the translation's
 * base, where only their place paired them: a translation cannot have a section its source did
 * not have yet, so such a pair hides both the new section and the old section's real counterpart.
 * A pair with shared content stands (the translation was made from a newer source than its pin
 * says). Returns the same alignment when there is nothing to undo.
 */
export function excludeAddedSections(alignment: Alignment, source: readonly SectionSummary[], target: readonly SectionSummary[], changes: SourceChanges | undefined): Alignment {
  if (!changes || changes.unchanged) return alignment
  const absorbed = new Set(alignment.pairs.filter((pair) => pair.source > 0 && pair.confidence < contentEvidence && changes.sections[pair.source]?.change === 'added').map((pair) => pair.source))
  if (absorbed.size === 0) return alignment
  const added = (index: number) => absorbed.has(index)
  const kept = source.map((_, index) => index).filter((index) => !added(index))
  const result = alignSections(kept.map((index) => source[index]!), [...target])
  return {
    pairs: result.pairs.map((pair) => ({...pair, source: kept[pair.source]!})),
    unmatchedSource: source.map((_, index) => index).filter((index) => !result.pairs.some((pair) => kept[pair.source] === index)),
    unmatchedTarget: result.unmatchedTarget
  }
}
