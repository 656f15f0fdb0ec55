import type {SectionSummary} from '../sections/types.ts'
import {pageFeatures, type FeatureSet} from './page-features.ts'
import {scorePair, scoreValue, type PairScore} from './score-pair.ts'

/** `scorePair` for any two sections of one page pair, by index; nothing is kept between calls. */
export interface PairScorer {
  source: SectionSummary[]
  target: SectionSummary[]
  features: {source: FeatureSet[]; target: FeatureSet[]}
  n: number
  m: number
  score(sourceIndex: number, targetIndex: number): PairScore
  value(sourceIndex: number, targetIndex: number): number
}

/**
 * Score sections of a page pair on demand; `score` gives the reasons only when `explain`. Scores
 * are not cached: a table of score objects for every pair is what made 3,000 headings a page take
 * 4 GB. Callers keep the numbers they need.
 */
export function pairScorer(source: SectionSummary[], target: SectionSummary[], explain = true): PairScorer {
  const n = source.length
  const m = target.length
  const features = pageFeatures(source, target)
  const sourceSize = source.reduce((sum, section) => sum + section.signature.size, 0)
  const targetSize = target.reduce((sum, section) => sum + section.signature.size, 0)
  const sizeRatio = sourceSize > 0 && targetSize > 0 ? targetSize / sourceSize : 1
  const input = (i: number, j: number) => ({
    source: source[i]!,
    target: target[j]!,
    sourceFeatures: features.source[i]!,
    targetFeatures: features.target[j]!,
    sourcePosition: n > 1 ? i / (n - 1) : 0,
    targetPosition: m > 1 ? j / (m - 1) : 0,
    sizeRatio
  })
  return {source, target, features, n, m, score: (i, j) => scorePair(input(i, j), explain), value: (i, j) => scoreValue(input(i, j))}
}
