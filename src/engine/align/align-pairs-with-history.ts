import {pairOf, type PageIndex} from '../content/index-pages.ts'
import type {PageHistory} from '../history/types.ts'
import {alignWithHistory} from './align-with-history.ts'
import {markRankRivals} from './mark-rank-rivals.ts'
import type {Alignment} from './types.ts'

/**
 * Each pair's alignment given its history: history knows which source sections a translation
 * cannot have yet. The cache keeps the alignment from the two files alone; the rules and the
 * report get this one. Pairs made or marked here have reasons when `explain`.
 */
export function alignPairsWithHistory(fileAlignments: ReadonlyMap<string, Alignment>, pages: PageIndex, history: ReadonlyMap<string, PageHistory>, explain: boolean): Map<string, Alignment> {
  const alignments = new Map<string, Alignment>()
  for (const [id, alignment] of fileAlignments) {
    const {source, target} = pairOf(pages, id)
    alignments.set(id, markRankRivals(alignWithHistory(alignment, source.sections, target.sections, history.get(id)?.changes, explain), source.sections, target.sections, explain))
  }
  return alignments
}
