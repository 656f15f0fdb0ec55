/** One replacement in a file's text: `[start, end)` in UTF-16 units of the text as read (BOM included). */
export interface Edit {
  start: number
  end: number
  text: string
  /** Orders insertions at the same offset (scaffolds of consecutive missing sections). */
  order?: number
}

/** The kinds of item `lockstep sync` carries over from the source, plus scaffolds of missing sections. */
export type SyncKind = 'code' | 'inline-code' | 'link' | 'heading-id' | 'shortcode' | 'attribute' | 'number' | 'scaffold'

/** A piece of a page that sync may carry over: its kind, its exact text and where it is. */
export interface Item {
  kind: Exclude<SyncKind, 'scaffold'>
  /** The item as written (a whole code block or span, a link destination, a shortcode's opening tag, an attribute's quoted value…). */
  raw: string
  start: number
  end: number
  /** Start column of the item's line's content: a code block moved into a list must not be carried as is. */
  column: number
  /**
   * How many blockquote markers (`>`) stand before the item on its line, when any: an item of
   * several lines carries its container's markers on each, so it is carried only into the same depth.
   */
  quote?: number
  /**
   * For a component attribute, the component and attribute (`Card icon`): only values of the
   * same attribute of the same component pair up. Set on prose attributes too (`Card title`),
   * with `prose`, so that sync can say why it leaves their changes to people.
   */
  slot?: string
  /** A component attribute whose value is text for readers (`isMechanicalAttribute`): never carried. */
  prose?: true
  /**
   * For an item inside prose, its paragraph (heading, table cell) as written with every item
   * masked; for a link definition, its label. An item whose surroundings changed with it was
   * rewritten, not mechanically changed (`-d` becoming `diff` in a new sentence).
   */
  context?: string
}

/** What sync did, or would do, to one section of a translation. */
export interface SyncChange {
  kind: SyncKind
  /** Title of the source section. */
  section: string
  /** The item in the translation before (absent for a scaffold). */
  from?: string
  to: string
}

/** A changed source section sync could not carry over: left to translators. */
export interface LeftChange {
  section: string
  /** Why: `prose`, or the items whose translated copy differs from the source at the base. */
  reason: string
}

/** Sync's plan for one translated page. */
export interface PagePlan {
  file: string
  sourceFile: string
  edits: Edit[]
  changes: SyncChange[]
  left: LeftChange[]
  /** Source sections changed, moved or added since the base, and how many sync clears. */
  outdated: number
  cleared: number
  /** Of the cleared, those with nothing but typo-level changes: nothing to carry, a new base clears them. */
  typoOnly: number
}
