import type {ChangeKind, Diagnostic, PageHistory} from '../engine/index.ts'
import type {Block} from './compose-page.ts'

/** A marker on a section of a reader's page, linking to its row of the side-by-side view. */
export type SectionMarker = {kind: 'outdated'; kinds: ChangeKind[]} | {kind: 'untranslated'}

/**
 * The markers of one block: `outdated` when its source section changed since the translation's
 * base in more than typos and `outdated-section` reports it above `info` (a typo fix or a move is
 * `info` and gets none); `untranslated` when the
 * section's text is still in the source language. A fallback block has its own label instead.
 */
export function sectionMarkers(block: Block): SectionMarker[] {
  if (block.kind === 'fallback') return []
  const markers: SectionMarker[] = []
  const change = block.sourceChange
  const kinds = change?.change === 'changed' ? change.kinds.filter((kind) => kind !== 'typo') : []
  // As the rule reports it: its severity is the project's to set, and `off` shows no marker.
  const reported = block.findings.some((finding) => finding.rule === 'outdated-section' && finding.severity !== 'info')
  if (kinds.length > 0 && reported) markers.push({kind: 'outdated', kinds})
  if (block.findings.some((finding) => finding.rule === 'untranslated-section')) markers.push({kind: 'untranslated'})
  return markers
}

/** What the page-level "outdated" notice says, when the page is outdated beyond typo fixes. */
export interface OutdatedNotice {
  /** Short hash of the base. */
  commit: string
  /** `YYYY-MM-DD`, `?` when unknown. */
  date: string
  /** Source commits since the base, `?` when unknown. */
  behind: string
}

/**
 * The page notice: the source changed since the base beyond typos, as `outdated-page` reports it
 * with a warning or an error (the rule's severity is the project's to set; `off` shows no notice).
 */
export function outdatedNotice(history: PageHistory | undefined, diagnostics: readonly Diagnostic[]): OutdatedNotice | undefined {
  if (!history?.base.commit || !history.changes || history.changes.unchanged || history.changes.trivial || history.pinError) return undefined
  if (!diagnostics.some((finding) => finding.rule === 'outdated-page' && finding.severity !== 'info')) return undefined
  return {commit: history.base.commit.slice(0, 7), date: history.base.date?.slice(0, 10) ?? '?', behind: history.behind === null ? '?' : String(history.behind)}
}
