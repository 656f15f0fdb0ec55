import {describeBase, describeBehind} from '../history/describe-base.ts'
import {describeSection} from '../rules/types.ts'
import {plural} from './plural.ts'
import type {PageReport} from './types.ts'

/** A page's history lines in the text report, split by what they say, so the reporter can colour them. */
export interface PageHistoryLines {
  /** `base 286f0d8 (history, 2026-11-23), 2 commits behind`. */
  base: string
  /** What changed in the source since the base (empty when nothing did, or when it is unknown). */
  changes: string[]
}

/**
 * What the text report says of a translated page's history at the top of its block: its base,
 * how far behind it is, which aligned source sections changed since the base and how, and which
 * untranslated source sections are new since the base rather than dropped by the translator.
 * `undefined` when the base is unknown (the report says why once, at its end).
 */
export function pageHistoryLines(page: PageReport, sourceLocale: string): PageHistoryLines | undefined {
  if (page.status !== 'translated' || !page.base.commit) return undefined
  const result = {base: `base ${describeBase({...page.base, commit: page.base.commit})}, ${describeBehind(page.behind)}`, changes: [] as string[]}
  if (page.baseReason) {
    // A base off HEAD's history still has its changes: the reason is then only why `behind` is unknown.
    const changesKnown = page.sections.some((section) => section.sourceChange !== undefined) || page.missing.some((section) => section.sourceChange !== undefined)
    if (!changesKnown) {
      result.changes.push(`changes since base unknown: ${page.baseReason}`)
      return result
    }
    result.base += ` (${page.baseReason})`
  }
  // A split pairs one source section with two translated ones: name it once.
  const seen = new Set<number>()
  const changed: string[] = []
  for (const section of page.sections) {
    if (!section.source || !section.sourceChange || section.sourceChange === 'unchanged' || seen.has(section.source.line)) continue
    seen.add(section.source.line)
    changed.push(`${describeSection(section.source)} (${section.sourceChange === 'changed' ? (section.changeKinds ?? ['prose']).join(', ') : section.sourceChange})`)
  }
  const list = (label: string, sections: ReadonlyArray<{title: string; level: number}>) => {
    if (sections.length > 0) result.changes.push(`${label}: ${sections.map(describeSection).join(', ')}`)
  }
  if (changed.length > 0) result.changes.push(`changed since base: ${changed.join(', ')}`)
  const known = page.missing.filter((section) => section.sourceChange !== undefined)
  list(`not translated, new in ${sourceLocale} since base`, known.filter((section) => section.sourceChange === 'added'))
  list(`removed from ${sourceLocale} since base`, page.removedSinceBase ?? [])
  // Set apart from the new ones only when the source changed: on a page in step, every missing section is the translator's (`missing-section` says so).
  if (result.changes.length > 0) list(`not translated, in ${sourceLocale} already at base`, known.filter((section) => section.sourceChange !== 'added'))
  return result
}

/**
 * One line per reason for the pages whose base is unknown (`History unknown for 5 pages: not in
 * a git repository with commits`): said once for the whole report, not on every page.
 */
export function unknownHistoryNotes(pages: readonly PageReport[]): string[] {
  const byReason = new Map<string, number>()
  for (const page of pages) {
    if (page.status !== 'translated' || page.base.commit) continue
    const reason = page.baseReason ?? 'no reason given'
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  }
  return [...byReason].map(([reason, count]) => `History unknown for ${plural(count, 'page')}: ${reason}`)
}
