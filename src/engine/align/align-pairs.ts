import type {PageIndex} from '../content/index-pages.ts'
import type {PageSummary} from '../sections/types.ts'
import type {Alignment} from './types.ts'

/**
 * Align every translated page that has a parsed source, by `locale/page` (locales in order, then
 * pages as read). `align` makes or finds the alignment of one pair.
 */
export function alignPairs({locales, bySource, byLocale}: PageIndex, align: (id: string, source: PageSummary, target: PageSummary) => Alignment): Map<string, Alignment> {
  const alignments = new Map<string, Alignment>()
  for (const locale of locales) {
    for (const [page, target] of byLocale.get(locale)!) {
      const source = bySource.get(page)
      if (!source || source.failed || target.failed) continue
      const id = `${locale}/${page}`
      alignments.set(id, align(id, source, target))
    }
  }
  return alignments
}
