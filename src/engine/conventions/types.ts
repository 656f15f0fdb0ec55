/** Whether a convention applies, and why. */
export type ConventionStatus = 'learned' | 'pinned' | 'off' | 'candidate'

/** A difference translations share, with how widely: applied, it stands for all its findings. */
export interface Convention {
  /** `<rule>: <what differs>` (`shortcode-mismatch: DontEditWarning dropped`), as config names it. */
  id: string
  rule: string
  /**
   * `learned`: enough translations share it; `pinned`: the config applies it; `off`: the config
   * turns it off; `candidate`: not (yet) enough support, so its findings are reported.
   */
  status: ConventionStatus
  /** Translated pages (one per locale and page) that show it and were made when the source already had what differs. */
  pages: number
  /** The locales of those pages. */
  locales: string[]
  /** Pages that show it but were made before the source had what differs: drift, no support. */
  newer: number
  /**
   * Share of the translated pages that could show it (their source has what the translations
   * drop; any translated page for what they add) that do, 0–1.
   */
  share: number
  /** Findings it stands for (left out of the report when it applies). */
  findings: number
}

/** One finding as the conventions stage sees it. */
export interface ConventionCandidate {
  rule: string
  /** What differs (`Difference.key`). */
  key: string
  locale: string
  page: string
  /** The source feature it is about (`Difference.feature`), if any. */
  feature?: string
  side: 'dropped' | 'added'
  /**
   * Whether the source already had what differs when the translation was made (from history);
   * `undefined` without history, when only the minimum support decides.
   */
  seen: boolean | undefined
}

/** How conventions are learned (`config.conventions`). */
export interface ConventionSettings {
  learn: boolean
  minPages: number
  minLocales: number
  minShare: number
  pin: string[]
  off: string[]
}

/** The site's pages as far as the share of a convention goes. */
export interface ConventionPages {
  /** Every translated page that has a source page, as `locale/page`. */
  translated: number
  /** The translated pages whose source page has a feature, as `locale/page`. */
  withFeature(feature: string): ReadonlySet<string>
}
