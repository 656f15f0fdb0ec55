import type {Alignment} from '../align/types.ts'
import type {Config, Severity} from '../config/schema.ts'
import type {PageHistory} from '../history/types.ts'
import type {PageSummary, Point, SectionSummary} from '../sections/types.ts'

/** Where a finding points in the source, as its cause. */
export interface SourceRef {
  file: string
  line: number
}

/** What a rule reports: a message placed on the translated file. */
export interface Finding {
  message: string
  /** Place in the checked file (the translation). */
  at: Point
  /** The source section or page that is the cause. */
  source?: SourceRef
  /** Overrides the rule's configured severity for this finding (e.g. a trivial change is `info`). */
  severity?: Exclude<Severity, 'off'>
  /** What differs, when the difference could be a site convention (the conventions stage counts these). */
  difference?: Difference
}

/**
 * A difference between a translation and its source named the same on every page and locale it
 * occurs on, so that the conventions stage can count how widely translations share it.
 */
export interface Difference {
  /** With the rule id, names the convention (`DontEditWarning dropped`). */
  key: string
  /**
   * The source feature it is about, as the history stage tracks features (`featureToken`), so
   * history can tell whether the source had it at the translation's base. Absent when the
   * difference is about the source section the finding points to.
   */
  feature?: string
  /** `dropped`: the source has the feature and the translation does not; `added`: the reverse. */
  side: 'dropped' | 'added'
}

/** Verdict of the language check for a piece of prose. */
export type LanguageVerdict = 'source' | 'target' | 'unknown'

/** What a rule sees: one page of one locale, its source page, and their alignment. */
export interface RuleContext {
  config: Config
  /** The rule's options from the config (`[severity, options]`). */
  options: Record<string, unknown>
  sourceLocale: string
  locale: string
  page: string
  /** The source page (absent for an orphan). */
  source?: PageSummary
  /** The translated page (absent when missing). */
  target?: PageSummary
  /** The expected path of the translation, for a missing page. */
  expectedFile: string
  /** Section alignment, when both pages exist and were parsed. */
  alignment?: Alignment
  /** What changed in the source since the translation's base (computed by the history stage; rules never call git). */
  history?: PageHistory
  /** Every front-matter key any source page uses. */
  sourceFrontmatterKeys: ReadonlySet<string>
  /** Ids defined by a page of a locale, by the page's URL path; undefined if no such page. */
  anchorsOf(locale: string, urlPath: string): ReadonlySet<string> | undefined
  /** Every locale of the site, source included. */
  locales: ReadonlySet<string>
  /**
   * Where a page sorts among its sibling pages (same folder) that exist in both the locale and the
   * source, by a numeric front-matter key (`weight`), in the translation and in the source: the
   * number of those siblings that sort before it. Undefined when the page has no such sibling.
   */
  siblingOrder(locale: string, page: string, key: string): {target: number; source: number} | undefined
  /**
   * The headings the page's translations other than `locale` give one of its source sections (by
   * index in the source page's sections), one per locale whose translation pairs a section with it.
   */
  headingsElsewhere(locale: string, page: string, section: number): string[]
  /** Title of a page of a locale, by the page's URL path (`''` if it has none); undefined if no such page. */
  titleOf(locale: string, urlPath: string): string | undefined
  /** The source section id a fragment of a translated page stands for (the fragment itself if unknown). */
  sourceFragment(locale: string, urlPath: string, fragment: string): string
  /**
   * Is this prose still in the source language? Short text (`heading`, `link`) is judged on all
   * its words; longer prose leaves out names shared by both pages.
   */
  language(text: string, kind?: 'heading' | 'link' | 'prose'): LanguageVerdict
  report(finding: Finding): void
}

/** What a page's rules read of other pages (the part of `RuleContext` the check builds once for the whole site). */
export type SiteLookups = Pick<RuleContext, 'anchorsOf' | 'titleOf' | 'sourceFragment' | 'siblingOrder' | 'headingsElsewhere' | 'sourceFrontmatterKeys'>

/** A drift rule: metadata, one check, and examples that are both its tests and its docs. */
export interface Rule {
  id: string
  description: string
  /** Default severity. */
  severity: Severity
  /** Longer explanation for the rule's docs page. */
  docs: string
  check(context: RuleContext): void
  examples: RuleExample[]
}

/** A small source/translation pair and the messages the rule gives on it. */
export interface RuleExample {
  title: string
  source: string
  translation: string
  /** Locale of the translation (default `es`). */
  locale?: string
  /**
   * For the history rules: the source as it was when the translation was made. The example then
   * runs in a temporary git repository: this source and the translation committed together on
   * `historyExampleDates.base`, then `source` committed on `historyExampleDates.edit` (unless
   * the same). `<base>` in `expected` stands for the first commit's short hash.
   */
  sourceAtBase?: string
  /** Expected messages, each as `line:column message`. */
  expected: string[]
}

/** Commit dates of the history examples' repositories (see `RuleExample.sourceAtBase`). */
export const historyExampleDates = {base: '2024-05-01T12:00:00Z', edit: '2024-05-02T12:00:00Z'} as const

/** A finding with everything the reporters need. */
export interface Diagnostic {
  rule: string
  severity: Exclude<Severity, 'off'>
  locale: string
  page: string
  file: string
  line: number
  column: number
  message: string
  source?: SourceRef
  url: string
  /** What differs, for the conventions stage; dropped before the report. */
  difference?: Difference
}

/** A section as the reports name it: its title in quotes, or `the introduction`. */
export function describeSection(section: Pick<SectionSummary, 'title' | 'level'>): string {
  return section.level === 0 ? 'the introduction' : `“${section.title}”`
}

/** Where a missing section belongs, from the translated section it follows (`insertionPoint`). */
export function describePlace(after: SectionSummary): string {
  return after.level === 0 ? 'before the first section' : `after ${describeSection(after)}`
}
