import {alignSections} from '../align/align-sections.ts'
import type {PageSummary} from '../sections/types.ts'
import {withRemoved} from './classify-changes.ts'
import type {SourceChanges} from './types.ts'

/**
 * Keep as "removed since the base" only the source sections the translation still has: a section
 * removed in a commit that also removed it from the translations (or one never translated) leaves
 * the translator nothing to do. The translation is aligned with the source at its base, which is
 * what it was translated from; each removed section kept names the translated section that holds
 * it (`target`, with the pair's confidence), so that the alignment with the source now leaves that
 * section unpaired instead of pairing it with a neighbour by its place (`alignWithHistory`).
 */
export function stillTranslated(changes: SourceChanges, before: PageSummary, target: PageSummary): SourceChanges {
  if (changes.removed.length === 0) return changes
  const pairs = alignSections(before.sections, target.sections, {explain: false}).pairs
  const removed: SourceChanges['removed'] = []
  for (const section of changes.removed) {
    const held = pairs.filter((pair) => pair.source === section.index)
    if (held.length === 0) continue
    // A split or merge shares the section with another: no one translated section is it.
    const whole = held.length === 1 && (held[0]!.relation === 'match' || held[0]!.relation === 'moved') && !pairs.some((pair) => pair !== held[0] && pair.target === held[0]!.target)
    removed.push(whole ? {...section, target: held[0]!.target, confidence: held[0]!.confidence} : section)
  }
  return withRemoved(changes, removed)
}
