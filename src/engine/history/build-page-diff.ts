import type {Alignment} from '../align/types.ts'
import type {Config} from '../config/schema.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {diffLines, type DiffLine} from './diff-lines.ts'
import {sectionLines} from './section-lines.ts'
import type {Base, ChangeKind, PageHistory, SourceChange} from './types.ts'

/** One current source section: how it changed since the base, its diff, and its translation. */
export interface SectionDiff {
  title: string
  level: number
  line: number
  change: SourceChange | 'unknown'
  kinds: ChangeKind[]
  /** The source section's lines, from the base to now (empty when unknown or unchanged). */
  diff: DiffLine[]
  /** The aligned translated section, if any. */
  translation?: {title: string; line: number; lines: string[]}
}

/** What `lockstep diff` and the site's side-by-side view show for one translated page. */
export interface PageDiff {
  file: string
  sourceFile: string
  base: Base
  behind: number | null
  /** Why the base or the changes are unknown. */
  reason?: string
  sections: SectionDiff[]
  /** Source sections at the base that are gone now, with their old lines. */
  removed: Array<{title: string; level: number; lines: string[]}>
}

/** What `buildPageDiff` needs: one page pair as `check` read, aligned and dated it. */
export interface PageDiffInput {
  config: Config
  /** Every locale of the content tree, source included (for reading the source at the base). */
  locales: ReadonlySet<string>
  source: PageSummary
  target: PageSummary
  alignment: Alignment
  /** The page's history, with `baseText` (`check({keepBaseText: true})` or `readHistory({keepText: true})`). */
  history: PageHistory
  sourceText: string
  targetText: string
}

/**
 * For one translated page, the source's changes since the translation's base, section by
 * section, each beside the translated section it maps to. Pure: no file or git access, so a
 * whole site's diffs come from one `check` run.
 */
export function buildPageDiff(input: PageDiffInput): PageDiff {
  const {source, target, alignment, history} = input
  const sourceLines = sectionLines(input.sourceText, source.sections)
  const targetLines = sectionLines(input.targetText, target.sections)
  let baseLines: string[][] = []
  if (history.baseText !== undefined && history.baseFile) {
    const before = history.baseSummary ?? summarizePage(Buffer.from(history.baseText), {file: history.baseFile, locale: source.locale, page: source.page, locales: input.locales}, input.config)
    baseLines = sectionLines(history.baseText, before.sections)
  }
  const byPairSource = new Map<number, number>()
  for (const pair of alignment.pairs) if (!byPairSource.has(pair.source)) byPairSource.set(pair.source, pair.target)

  const sections = source.sections.map((section, index): SectionDiff => {
    const change = history.changes?.sections[index]
    const entry: SectionDiff = {title: section.title, level: section.level, line: section.line, change: change?.change ?? 'unknown', kinds: change?.kinds ?? [], diff: []}
    if (change && change.change !== 'unchanged') {
      const before = change.baseIndex === undefined ? [] : (baseLines[change.baseIndex] ?? [])
      entry.diff = diffLines(before, sourceLines[index] ?? [])
    }
    const paired = byPairSource.get(index)
    if (paired !== undefined) entry.translation = {title: target.sections[paired]!.title, line: target.sections[paired]!.line, lines: targetLines[paired] ?? []}
    return entry
  })
  const result: PageDiff = {
    file: target.file,
    sourceFile: source.file,
    base: history.base,
    behind: history.behind,
    sections,
    removed: (history.changes?.removed ?? []).map(({index, title, level}) => ({title, level, lines: baseLines[index] ?? []}))
  }
  const reason = history.pinError ?? history.reason
  if (reason) result.reason = reason
  return result
}
