import type {SectionSummary} from '../sections/types.ts'
import type {Alignment, SectionPair} from './types.ts'

/**
 * Where a source section with no counterpart belongs in the translation: after the translated
 * counterpart of the nearest paired source section before it (the introduction when none is).
 * `missing-section` and `outdated-section` report there, and the site shows the section there.
 * Pairs with a confidence below `uncertainBelow` are passed over.
 */
export function insertionPoint(alignment: Alignment, targetSections: readonly SectionSummary[], sourceIndex: number, uncertainBelow = 0): SectionSummary {
  return targetSections[insertionPair(alignment, sourceIndex, uncertainBelow)?.target ?? 0]!
}

/** The pair `insertionPoint` places a source section after: the nearest sure pair before it. */
export function insertionPair(alignment: Alignment, sourceIndex: number, uncertainBelow = 0): SectionPair | undefined {
  // A pair the aligner is unsure of places nothing: the nearest sure pair before it does. Of a
  // split section's pairs, the last (in translation order) is where the section ends.
  const bySource = new Map<number, SectionPair>()
  for (const pair of alignment.pairs) if (pair.source === 0 || pair.confidence >= uncertainBelow) bySource.set(pair.source, pair)
  let previous = sourceIndex - 1
  while (previous > 0 && !bySource.has(previous)) previous--
  return bySource.get(previous)
}
