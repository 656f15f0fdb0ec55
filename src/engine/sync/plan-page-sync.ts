import {insertionPoint} from '../align/insertion-point.ts'
import type {Alignment} from '../align/types.ts'
import type {SourceChanges} from '../history/types.ts'
import type {PageSummary} from '../sections/types.ts'
import {scaffoldSection} from './scaffold-section.ts'
import {carryItems} from './carry-items.ts'
import type {Edit, Item, LeftChange, PagePlan, SyncChange} from './types.ts'

/** One side of a sync: a page's text as read, its summary, and its items by section (`collectItems`). */
export interface PageText {
  text: string
  summary: PageSummary
  items: Item[][]
}

/** What `planPageSync` needs for one translated page. */
export interface PageSyncInput {
  source: PageText
  /** The source page at the translation's base. */
  base: PageText
  target: PageText
  alignment: Alignment
  changes: SourceChanges
  /** Whether the translation is MDX (which scaffold marker to write). */
  mdx: boolean
}

const kinds: ReadonlyArray<Item['kind']> = ['code', 'inline-code', 'link', 'heading-id', 'shortcode', 'attribute', 'number']

/**
 * Plan the edits that carry a source page's mechanical changes since a translation's base into
 * the translation, and scaffold its missing sections. Pure: positions on the texts as read.
 *
 * An item (code block or span, link destination, heading id, shortcode tag, a component
 * attribute's mechanical value as `isMechanicalAttribute` decides, number) is carried only when
 * it was replaced one for one in the source section and the aligned translated section holds it
 * exactly as the source did at the base, as many times: a translated placeholder, a
 * comment translated inside code or a localised URL differs, and is left alone. Prose never changes.
 */
export function planPageSync(input: PageSyncInput): PagePlan {
  const {source, base, target, alignment, changes} = input
  const edits: Edit[] = []
  const done: SyncChange[] = []
  const left: LeftChange[] = []
  let outdated = 0
  let cleared = 0
  let typoOnly = 0
  const seen = new Set<number>()
  for (const pair of alignment.pairs) {
    if (seen.has(pair.source)) continue
    seen.add(pair.source)
    const change = changes.sections[pair.source]
    if (!change || change.baseIndex === undefined || change.change === 'added') continue
    const title = source.summary.sections[pair.source]!.title
    const outdatedHere = change.change !== 'unchanged'
    if (outdatedHere) outdated++
    // One source section split over several translated ones (or merged): no single place for an item.
    if (pair.relation === 'split' || pair.relation === 'merged') {
      if (outdatedHere) left.push({section: title, reason: `the translation ${pair.relation === 'split' ? 'splits' : 'merges'} this section`})
      continue
    }
    const reasons: string[] = []
    if (change.kinds.includes('prose')) reasons.push('prose')
    if (change.change === 'moved') reasons.push('moved')
    for (const kind of kinds) {
      // A number in rewritten prose may belong to other words now ("30 seconds" → "45 minutes").
      if (kind === 'number' && change.kinds.includes('prose')) continue
      const of = (page: PageText, index: number) => (page.items[index] ?? []).filter((item) => item.kind === kind)
      const carried = carryItems(kind, of(base, change.baseIndex), of(source, pair.source), of(target, pair.target))
      edits.push(...carried.edits)
      for (const each of carried.changes) done.push({kind, section: title, ...each})
      reasons.push(...carried.reasons)
    }
    if (reasons.length > 0) left.push({section: title, reason: [...new Set(reasons)].join(', ')})
    else if (outdatedHere) {
      cleared++
      if (change.kinds.every((kind) => kind === 'typo')) typoOnly++
    }
  }

  const eol = target.text.includes('\r\n') ? '\r\n' : '\n'
  const lineStarts = [0]
  for (let at = target.text.indexOf('\n'); at !== -1; at = target.text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  for (const index of alignment.unmatchedSource) {
    if (index === 0) continue
    const section = source.summary.sections[index]!
    if (changes.sections[index]?.change === 'added') outdated++
    const after = insertionPoint(alignment, target.summary.sections, index)
    // At the start of the line after the section it follows: a blank line, the scaffold, and a
    // blank line before whatever came next unless a blank line is there already.
    const line = after.endLine + 1
    const at = line - 1 < lineStarts.length ? lineStarts[line - 1]! : target.text.length
    const unended = at === target.text.length && target.text !== '' && !target.text.endsWith('\n')
    const lineEnd = target.text.indexOf('\n', at)
    const next = target.text.slice(at, lineEnd === -1 ? undefined : lineEnd).trim()
    const text = (unended ? eol : '') + eol + scaffoldSection(source.text, section, {mdx: input.mdx, eol}) + eol + (next === '' ? '' : eol)
    edits.push({start: at, end: at, text, order: index})
    done.push({kind: 'scaffold', section: section.title, to: section.title})
  }
  return {file: target.summary.file, sourceFile: source.summary.file, edits: withoutOverlaps(edits), changes: done, left, outdated, cleared, typoOnly}
}

/** Edits in order, dropping any that overlaps an earlier one (never two edits on the same bytes). */
function withoutOverlaps(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || (a.order ?? 0) - (b.order ?? 0))
  const kept: Edit[] = []
  let end = 0
  for (const edit of sorted) {
    if (edit.start < end) continue
    kept.push(edit)
    end = Math.max(end, edit.end)
  }
  return kept
}
