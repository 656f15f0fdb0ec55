import type {SectionSummary} from '../sections/types.ts'
import type {Alignment} from './types.ts'

/**
 * Where a source section with no counterpart belongs in the translation: after the translated
 * counterpart of the nearest paired source section before it (the introduction when none is).
 * `missing-section` and `outdated-section` report there, and the site shows the section there.
 * Pairs with a confidence below `uncertainBelow` are passed over.
 */
export function insertionPoint(alignment: Alignment, targetSections: readonly SectionSummary[], sourceIndex: number, uncertainBelow = 0): SectionSummary {
  // A pair the aligner is unsure of places nothing: the nearest sure pair before it does.
  const byPairSource = new Map(alignment.pairs.filter((pair) => pair.source === 0 || pair.confidence >= uncertainBelow).map((pair) => [pair.source, pair.target]))
  let previous = sourceIndex - 1
  while (previous > 0 && !byPairSource.has(previous)) previous--
  return targetSections[byPairSource.get(previous) ?? 0]!
}
