import type {SourceChanges} from '../history/types.ts'
import type {PageSummary} from '../sections/types.ts'

/** Source sections that changed, each as `“Title” (how)`: added, moved, removed, or the kinds of change. */
export function describeChanges(changes: SourceChanges, after: PageSummary, before: PageSummary): string[] {
  const title = (summary: PageSummary, index: number) => (index === 0 ? 'the introduction' : `“${summary.sections[index]!.title}”`)
  const lines: string[] = []
  changes.sections.forEach((change, index) => {
    if (change.change === 'unchanged') return
    lines.push(`${title(after, index)} (${change.change === 'changed' ? change.kinds.join(', ') : change.change})`)
  })
  for (const removed of changes.removed) lines.push(`${title(before, removed.index)} (removed)`)
  return lines
}
