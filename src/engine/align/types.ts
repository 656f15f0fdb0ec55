/** How a translated section relates to the source section it is paired with. */
export type PairRelation = 'match' | 'moved' | 'split' | 'merged'

/** A translated section paired with a source section. */
export interface SectionPair {
  /** Index into the source page's sections. */
  source: number
  /** Index into the translation's sections. */
  target: number
  /** 0–1: how sure the aligner is. */
  confidence: number
  relation: PairRelation
  /** Why the two were paired, for `--explain`. */
  reasons: string[]
  /**
   * An unpaired source section of the translated section's rank that scores nearly as well
   * (`markRankRivals`): the two sections' rank difference is no ground for a claim.
   */
  rival?: number
}

/** The alignment of a translation's sections to its source page's sections. */
export interface Alignment {
  /** Pairs in translation order. */
  pairs: SectionPair[]
  /** Source sections with no counterpart. */
  unmatchedSource: number[]
  /** Translated sections with no counterpart. */
  unmatchedTarget: number[]
}
