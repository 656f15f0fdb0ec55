/** A point in a file on disk: 1-based line and column. */
export interface Point {
  line: number
  column: number
}

/** A piece of prose that can be judged for language: a heading, paragraph, list item, link text… */
export interface TextBlock extends Point {
  kind: 'heading' | 'paragraph' | 'link' | 'cell' | 'title'
  /** Plain text, with inline code, URLs and shortcodes left out. */
  text: string
}

/** A link as written, with its target normalised for comparison across locales. */
export interface LinkRef extends Point {
  /** The URL as written. */
  url: string
  /** Comparable form: no locale prefix, no own host, trailing slash added, `#frag` for same-page. */
  target: string
  /** The link's text. */
  text: string
}

/** A code span or code block. */
export interface CodeRef extends Point {
  inline: boolean
  value: string
  /** Language of a code block (its info string). */
  lang?: string
}

/** A shortcode, MDX component or callout, by its comparable key (`note`, `feature-state v1.18 beta`). */
export interface ShortcodeRef extends Point {
  key: string
  /** How it was written (`{{< note >}}`, `#### Note:`). */
  raw: string
  /** Whether it sits inside a paragraph (a tooltip) rather than being a block (a callout). */
  inline: boolean
  /**
   * A block `{{% … %}}` shortcode with no inner content: its template writes Markdown of its own
   * (headings, ids) that Lockstep does not see, unless it names an included file.
   */
  renders?: true
}

/** What survives translation: the section's language-independent signature. */
export interface Signature {
  /** Normalised link targets, in order. */
  links: string[]
  /** Inline code values. */
  code: string[]
  /** Code blocks, as short hashes of their normalised text. */
  blocks: string[]
  /** Numbers and versions in the prose. */
  numbers: string[]
  /** Shortcode / component / callout keys. */
  shortcodes: string[]
  /** Latin-script words (lower case, unique): names and terms that often stay untranslated. */
  terms: string[]
  /** List and table shapes (`list:3`, `table:4x2`). */
  shape: string[]
  /** Size in the script's own units: words, or characters for Han, kana and Hangul. */
  size: number
}

/** A section: a heading and what follows it up to the next heading of any rank. */
export interface SectionSummary extends Point {
  /** 0 for the page's introduction (before the first heading), else the heading's rank. */
  level: number
  /** Heading text (the page title for the introduction). */
  title: string
  /** Id the renderer gives the heading: an explicit `{#id}` or its slug. */
  id: string
  /** The slug of the heading text, even when an explicit id wins. */
  slug: string
  /** The explicit `{#id}`, if any. */
  explicitId?: string
  /** What a heading shortcode stands for (`whatsnext`), if the heading is one. */
  headingKey?: string
  /** The heading is marked as not to be translated (`{.notranslate}` or a `lang` attribute). */
  keepLanguage?: string
  /** The source-language heading kept in a comment above this one (`<!-- ## Design -->`). */
  original?: string
  /** The section is a scaffold `lockstep sync` copied from the source: it holds the `lockstep:untranslated` marker. */
  scaffold?: boolean
  /** Last line of the section's own content (before its first sub-section or the next heading). */
  endLine: number
  signature: Signature
  text: TextBlock[]
  links: LinkRef[]
  codes: CodeRef[]
  shortcodes: ShortcodeRef[]
}

/** A problem found while reading one page. */
export interface PageProblem extends Point {
  ruleId: 'parse-error' | 'markup-error'
  message: string
}

/** Everything later stages need from one page: compact, plain JSON, cacheable by content hash. */
export interface PageSummary {
  /** Path relative to the working directory. */
  file: string
  locale: string
  page: string
  /** Content hash of the file's bytes. */
  hash: string
  /** Lines in the file (at least 1, an empty file's only line): no finding points past them. */
  lines: number
  /** Page title (front matter `title`, else a leading H1), if any. */
  title?: string
  /** Front matter, if any (`null` when absent or invalid). */
  frontmatter: Record<string, unknown> | null
  /** Line of each front-matter key. */
  frontmatterLines: Record<string, number>
  /** Sections in document order; the first is the introduction (level 0). */
  sections: SectionSummary[]
  /** Every id the page defines: heading slugs, explicit ids, HTML ids. */
  anchors: string[]
  /**
   * The page's feature tokens (`pageFeatureTokens`: front-matter keys, components, link targets),
   * sorted: what the conventions stage asks of every source page, answered without its sections' bodies.
   */
  features: string[]
  problems: PageProblem[]
  /** True when the page could not be parsed at all. */
  failed: boolean
  /**
   * Why the page was not read, when that is a problem of the run rather than of the page (it took
   * longer than the time budget of a parser thread): it gets no finding, and the run exits 3.
   */
  skipped?: string
}
