import type {DiffLine} from '../history/diff-lines.ts'
import type {ChangeKind} from '../history/types.ts'

/** What kind of work an item is, in the order a work list ranks them: code and commands first. */
export type TodoCategory = 'code' | 'links' | 'prose' | 'typo'

/** One piece of translation work: a source section changed, added or missing in one translated page. */
export interface TodoItem {
  /** Stable across runs (locale, page, source section id and kind of work), for tracking issues. */
  id: string
  locale: string
  page: string
  file: string
  sourceFile: string
  /** The source section: its title, id and line. */
  section: {title: string; id: string; line: number; level: number}
  /** `outdated`: changed or moved since the base; `added`: new since the base; `missing`: never translated; `scaffold`: `lockstep sync` copied it in. */
  work: 'outdated' | 'added' | 'missing' | 'scaffold'
  kinds: ChangeKind[]
  category: TodoCategory
  /** Source commits since the translation's base (`null` when unknown). */
  behind: number | null
  /** Links from source pages to this page: how much readers reach it. */
  inboundLinks: number
  /** The page's navigation weight (front matter `weight`), if it has one: lower comes first in menus. */
  weight?: number
  /** The source section's diff since the base (for a missing section: its lines, all added). */
  diff: DiffLine[]
  /** The side-by-side row on Lockstep's site. */
  href: string
}
