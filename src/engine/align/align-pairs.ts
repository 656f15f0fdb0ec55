import type {PagePair} from '../content/index-pages.ts'
import type {PageSummary} from '../sections/types.ts'
import type {Alignment} from './types.ts'

/** Align each pair (`translatedPairs`), by `locale/page`. `align` makes or finds the alignment of one pair. */
export function alignPairs(pairs: readonly PagePair[], align: (id: string, source: PageSummary, target: PageSummary) => Alignment): Map<string, Alignment> {
  return new Map(pairs.map(({id, source, target}) => [id, align(id, source, target)]))
}
