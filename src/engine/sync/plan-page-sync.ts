import {insertionPoint} from '../align/insertion-point.ts'
import type {Alignment} from '../align/types.ts'
import type {SourceChanges} from '../history/types.ts'
import type {PageSummary} from '../sections/types.ts'
import {scaffoldSection} from './scaffold-section.ts'
import {substitutions} from './substitutions.ts'
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

const kinds: ReadonlyArray<Item['kind']> = ['code', 'inline-code', 'link', 'heading-id', 'shortcode', 'number']
const names: Record<Item['kind'], string> = {code: 'code block', 'inline-code': 'inline code', link: 'link target', 'heading-id': 'heading id', shortcode: 'shortcode', number: 'number'}

/**
 * Plan the edits that carry a source page's mechanical changes since a translation's base into
 * the translation, and scaffold its missing sections. Pure: positions on the texts as read.
 *
 * An item (code block or span, link destination, heading id, shortcode tag, number) is carried
 * only when it was replaced one for one in the source section and the aligned translated section
 * holds it exactly as the source did at the base, as many times: a translated placeholder, a
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
      const before = of(base, change.baseIndex)
      const after = of(source, pair.source)
      const there = of(target, pair.target)
      const key = (item: Item) => (kind === 'code' ? `${item.column}\u0000${item.raw}` : item.raw)
      // In the source, a link is its text and its target: a new text with a new target is another link.
      const sourceKey = (item: Item) => (item.label === undefined ? key(item) : `${key(item)}\u0001${item.label}`)
      const {fates: labelled, unpaired} = substitutions(before.map(sourceKey), after.map(sourceKey))
      const fates = new Map<string, Set<string | null>>()
      for (const [from, to] of labelled) {
        const [fromKey, fromLabel] = from.split('\u0001')
        const set = fates.get(fromKey!) ?? new Set()
        for (const into of to) {
          const [intoKey, intoLabel] = into === null ? [] : into.split('\u0001')
          if (into !== null && intoLabel !== fromLabel) reasons.push('link text changed with its target')
          set.add(into === null || intoLabel !== fromLabel ? null : intoKey!)
        }
        fates.set(fromKey!, set)
      }
      if (unpaired > 0) reasons.push(`${names[kind]} added or removed`)
      for (const [from, to] of fates) {
        if (to.size !== 1) {
          reasons.push(`${names[kind]} changed in more than one way`)
          continue
        }
        const into = [...to][0] ?? null
        if (into === null || into === from) continue
        // Comments inside code are prose: a block whose code stayed and whose comments changed is for translators.
        if (kind === 'code' && withoutComments(rawOf(from)) === withoutComments(rawOf(into))) {
          reasons.push('comment inside code changed')
          continue
        }
        const count = (items: Item[], value: string) => items.filter((item) => key(item) === value).length
        const inTarget = there.filter((item) => key(item) === from)
        if (inTarget.length === 0 && count(there, into) === count(after, into)) continue
        if (inTarget.length !== count(before, from)) {
          reasons.push(`${names[kind]} \`${rawOf(from)}\` differs in the translation`)
          continue
        }
        for (const item of inTarget) edits.push({start: item.start, end: item.end, text: rawOf(into)})
        done.push({kind, section: title, from: rawOf(from), to: rawOf(into)})
      }
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

/** A code block without its line comments (`# …`, `// …`, `-- …`) and block comments, for telling code changes from comment changes. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[^]*?\*\/|<!--[^]*?-->/g, '')
    .replace(/(^|\s)(?:#|\/\/|--)(?=\s|$).*$/gm, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A code block's key carries its column; the text is what follows. */
function rawOf(key: string): string {
  const split = key.indexOf('\u0000')
  return split === -1 ? key : key.slice(split + 1)
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
