import {pairOf, splitId, type PageIndex} from '../content/index-pages.ts'
import {pageUrlOf} from '../sections/normalize-link.ts'
import type {Alignment} from './types.ts'

/**
 * The source section id a fragment of a translated page stands for, through that page's
 * alignment (`#nebenbemerkungen` in German is `#asides` in English); the fragment itself if unknown.
 */
export function sourceFragments(alignments: ReadonlyMap<string, Alignment>, pages: PageIndex): (locale: string, url: string, fragment: string) => string {
  const sourceIds = new Map<string, Map<string, string>>()
  for (const [id, alignment] of alignments) {
    const [locale, page] = splitId(id)
    const {source, target} = pairOf(pages, id)
    const ids = new Map<string, string>()
    for (const pair of alignment.pairs) {
      if (pair.source === 0) continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      for (const own of [to.slug, to.explicitId]) if (own !== undefined && own !== '') ids.set(own, from.id)
    }
    sourceIds.set(`${locale}\u0000${pageUrlOf(page)}`, ids)
  }
  return (locale, url, fragment) => sourceIds.get(`${locale}\u0000${url}`)?.get(fragment) ?? fragment
}
