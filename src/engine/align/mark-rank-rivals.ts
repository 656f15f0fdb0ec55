import type {SectionSummary} from '../sections/types.ts'
import {pairScorer} from './pair-scorer.ts'
import type {Alignment} from './types.ts'

/** A rival this close to a pair's score leaves the choice between them to chance. */
const rankMargin = 0.15

/**
 * Mark each pair of sections of different ranks whose translated section scores nearly as well
 * (within `rankMargin`) with an unpaired source section of its own rank (`rival`): the rank
 * difference then rests on which of two close candidates the aligner chose. A translation of an
 * older structure shows it: its `### Creating an issue` shares as much with the source's newer
 * `## Work on an existing issue` as with the source's own `### Creating an issue`. A claim that
 * the translation demoted the heading would be a guess (`heading-level` leaves it to
 * `uncertain-alignment`). Returns the same alignment when no pair has such a rival. The rival is
 * named among the pair's reasons when `explain`.
 */
export function markRankRivals(alignment: Alignment, source: SectionSummary[], target: SectionSummary[], explain = true): Alignment {
  const crossed = alignment.pairs.filter((pair) => pair.source > 0 && (pair.relation === 'match' || pair.relation === 'moved') && source[pair.source]!.level !== target[pair.target]!.level)
  if (crossed.length === 0 || alignment.unmatchedSource.length === 0) return alignment
  const scorer = pairScorer(source, target)
  let changed = false
  const pairs = alignment.pairs.map((pair) => {
    if (!crossed.includes(pair)) return pair
    const level = target[pair.target]!.level
    const own = scorer.value(pair.source, pair.target)
    let rival: {index: number; score: number} | undefined
    for (const index of alignment.unmatchedSource) {
      if (index === 0 || source[index]!.level !== level) continue
      const score = scorer.value(index, pair.target)
      if (score >= own - rankMargin && (!rival || score > rival.score)) rival = {index, score}
    }
    if (!rival) return pair
    changed = true
    return {...pair, rival: rival.index, reasons: explain ? [...pair.reasons, `“${source[rival.index]!.title}”, of the same rank, scores nearly as well (${rival.score.toFixed(2)})`] : pair.reasons}
  })
  return changed ? {...alignment, pairs} : alignment
}
