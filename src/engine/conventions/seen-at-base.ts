import type {PageHistory} from '../history/types.ts'
import type {Difference} from '../rules/types.ts'
import type {PageSummary} from '../sections/types.ts'

/**
 * Whether a translation was made when its source already showed a difference: then the
 * translators left it out (or added it) on purpose, and the page supports a convention. A
 * component or key the source gained after the base is drift and supports nothing. `undefined`
 * when the page's history is unknown (only the minimum support decides then).
 */
export function seenAtBase(difference: Difference, sourceLine: number | undefined, source: PageSummary | undefined, history: PageHistory | undefined): boolean | undefined {
  const changes = history?.changes
  if (!changes) return undefined
  if (difference.feature !== undefined) {
    // Written before features were tracked, or only commits marked to be ignored since the base.
    if (!changes.features) return changes.unchanged
    const since = difference.side === 'dropped' ? changes.features.added : changes.features.removed
    return !since.includes(difference.feature)
  }
  if (!source || sourceLine === undefined) return false
  let index = -1
  for (const [position, section] of source.sections.entries()) if (section.line <= sourceLine) index = position
  const change = changes.sections[index]?.change
  // The section was there, in its place, when the translation was made.
  return change === 'unchanged' || change === 'changed'
}
