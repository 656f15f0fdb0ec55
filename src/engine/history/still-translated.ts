import {alignSections} from '../align/align-sections.ts'
import type {PageSummary} from '../sections/types.ts'
import {withRemoved} from './classify-changes.ts'
import type {SourceChanges} from './types.ts'

/**
 * Keep as "removed since the base" only the source sections the translation still has: a section
 * removed in a commit that also removed it from the translations (or one never translated) leaves
 * the translator nothing to do. The translation is aligned with the source at its base, which is
 * what it was translated from.
 */
export function stillTranslated(changes: SourceChanges, before: PageSummary, target: PageSummary): SourceChanges {
  if (changes.removed.length === 0) return changes
  const paired = new Set(alignSections(before.sections, target.sections).pairs.map((pair) => pair.source))
  const removed = changes.removed.filter((section) => paired.has(section.index))
  return removed.length === changes.removed.length ? changes : withRemoved(changes, removed)
}
