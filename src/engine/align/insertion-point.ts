import type {SectionSummary} from '../sections/types.ts'
import type {Alignment} from './types.ts'

/**
 * Where a source section with no counterpart belongs in the translation: after the translated
 * counterpart of the nearest paired source section before it (the introduction when none is).
 * `missing-section` and `outdated-section` report there, and the site shows the section there.
 */
export function insertionPoint(alignment: Alignment, targetSections: readonly SectionSummary[], sourceIndex: number): SectionSummary {
  const byPairSource = new Map(alignment.pairs.map((pair) => [pair.source, pair.target]))
  let previous = sourceIndex - 1
  while (previous > 0 && !byPairSource.has(previous)) previous--
  return targetSections[byPairSource.get(previous) ?? 0]!
}
