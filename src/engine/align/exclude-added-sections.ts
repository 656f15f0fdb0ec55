import type {SourceChanges} from '../history/types.ts'
import type {SectionSummary} from '../sections/types.ts'
import {alignSections} from './align-sections.ts'
import type {Alignment} from './types.ts'

/**
 * Align again without the source sections that history says were added since the translation's
 * base: a translation cannot have a section its source did not have yet, so pairing one with an
 * old translated section (by position, or shared names) hides both the new section and the old
 * section's real counterpart. Returns the same alignment when no added section was paired.
 */
export function excludeAddedSections(alignment: Alignment, source: readonly SectionSummary[], target: readonly SectionSummary[], changes: SourceChanges | undefined): Alignment {
  if (!changes || changes.unchanged) return alignment
  const added = (index: number) => index > 0 && changes.sections[index]?.change === 'added'
  if (!alignment.pairs.some((pair) => added(pair.source))) return alignment
  const kept = source.map((_, index) => index).filter((index) => !added(index))
  const result = alignSections(kept.map((index) => source[index]!), [...target])
  return {
    pairs: result.pairs.map((pair) => ({...pair, source: kept[pair.source]!})),
    unmatchedSource: source.map((_, index) => index).filter((index) => !result.pairs.some((pair) => kept[pair.source] === index)),
    unmatchedTarget: result.unmatchedTarget
  }
}
