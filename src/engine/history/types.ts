import type {PageSummary} from '../sections/types.ts'

/** Where a translation's base came from: its front-matter pin, the git history, or nowhere. */
export type BaseOrigin = 'pin' | 'history' | 'unknown'

/** The source revision a translation corresponds to. */
export interface Base {
  /** Full commit hash (the pin as written when it does not resolve); `null` when unknown. */
  commit: string | null
  /** Committer date of that commit (ISO 8601), `null` when unknown. */
  date: string | null
  from: BaseOrigin
}

/** How a source section relates to its state at the translation's base. */
export type SourceChange = 'unchanged' | 'changed' | 'added' | 'moved'

/**
 * What changed in a changed section: `prose` (more than a typo), `typo` (a prose or whitespace
 * edit of at most `history.typoChars` characters), `code`, `links` (targets), `components` (an MDX
 * component or shortcode added, removed or pointed elsewhere (callouts are prose): a `<LinkCard href>` in a
 * list of resources), `frontmatter` (a translatable front-matter value, on the introduction:
 * `history.frontmatterKeys`).
 */
export type ChangeKind = 'prose' | 'typo' | 'code' | 'links' | 'components' | 'frontmatter'

/** One current source section against the source at the base. */
export interface SectionChange {
  change: SourceChange
  /** Empty unless `changed`. */
  kinds: ChangeKind[]
  /** Index of the section in the source page at the base (absent for `added`). */
  baseIndex?: number
  /**
   * The section's heading rank at the base, when the source has changed it since under a new
   * heading (not keeping an explicit id): the section rewritten into another, not only promoted or demoted.
   */
  baseLevel?: number
  /**
   * Code values, links (`linkKey`) and components (their keys) the section had at the base and
   * has no more (when `code`, `links` or `components` changed): a translation still holding one
   * has not caught up (see `outstandingKinds`).
   */
  gone?: {code: string[]; links: string[]; components?: string[]}
}

/** The current source page against the source page at the base. */
export interface SourceChanges {
  /** One entry per current source section, by index. */
  sections: SectionChange[]
  /**
   * Sections of the base source page that no longer exist, by their title. `target` is the
   * translated section that still holds one (paired with it at the base, `stillTranslated`), with
   * that pair's `confidence`: such a section has no counterpart in the source now.
   */
  removed: Array<{index: number; title: string; level: number; target?: number; confidence?: number}>
  /** Something changed, but only typos and whitespace. */
  trivial: boolean
  /** Nothing changed that a reader would see. */
  unchanged: boolean
  /**
   * Page features (`featureToken`: components, front-matter keys, link targets) the source gained
   * or lost since the base, counted per occurrence. The conventions stage reads them: a feature a
   * translation lacks is a convention only if the source already had it when it was translated.
   */
  features?: {added: string[]; removed: string[]}
}

/** Staleness of one translated page: its base, how far behind it is, and what changed since. */
export interface PageHistory {
  base: Base
  /** Commits to the source file since the base (ignored commits left out); `null` when unknown. */
  behind: number | null
  /** Why the base or the changes are unknown, for the report. */
  reason?: string
  /** The pin is set but does not resolve (missing commit, or the file not at it). */
  pinError?: string
  /** Source file path (repository-relative) at the base. */
  baseFile?: string
  /** What changed since the base; absent when the base or the source at the base is unknown. */
  changes?: SourceChanges
  /** The source file's text at the base (only when asked for, by `lockstep diff`). */
  baseText?: string
  /** The source page at the base as read into sections (with `baseText`). */
  baseSummary?: PageSummary
}
