import type {PageSummary} from '../sections/types.ts'
import type {ContentTree} from './find-pages.ts'

/** A check's pages by locale and page key, and what the rules read of the source pages as a whole. */
export interface PageIndex {
  sourceLocale: string
  /** Translation locales, sorted. */
  locales: readonly string[]
  /** Source pages by page key. */
  bySource: Map<string, PageSummary>
  /** Per translation locale, its pages by page key. */
  byLocale: Map<string, Map<string, PageSummary>>
  /** Every front-matter key any source page uses. */
  sourceFrontmatterKeys: Set<string>
}

/** A translated page with its source, by `locale/page`. */
export interface PagePair {
  id: string
  source: PageSummary
  target: PageSummary
}

/** Index summaries by locale and page key (pages of locales outside the tree's are left out). */
export function indexPages(summaries: readonly PageSummary[], tree: Pick<ContentTree, 'sourceLocale' | 'locales'>): PageIndex {
  const bySource = new Map<string, PageSummary>()
  const byLocale = new Map<string, Map<string, PageSummary>>(tree.locales.map((locale) => [locale, new Map()]))
  for (const summary of summaries) {
    if (summary.locale === tree.sourceLocale) bySource.set(summary.page, summary)
    else byLocale.get(summary.locale)?.set(summary.page, summary)
  }
  const sourceFrontmatterKeys = new Set<string>()
  for (const summary of bySource.values()) for (const key of Object.keys(summary.frontmatter ?? {})) sourceFrontmatterKeys.add(key)
  return {sourceLocale: tree.sourceLocale, locales: tree.locales, bySource, byLocale, sourceFrontmatterKeys}
}

/** Every page's `locale/page`: the source pages, and per translation locale its pages and those it lacks. */
export function pageIds({sourceLocale, bySource, byLocale}: PageIndex): string[] {
  const ids = [...bySource.keys()].map((page) => `${sourceLocale}/${page}`)
  for (const [locale, pages] of byLocale) for (const page of new Set([...bySource.keys(), ...pages.keys()])) ids.push(`${locale}/${page}`)
  return ids
}

/**
 * Every translated page that has a parsed source, as pairs (locales in order, then pages as
 * read): what is aligned and dated from history.
 */
export function translatedPairs(pages: PageIndex): PagePair[] {
  const pairs: PagePair[] = []
  for (const locale of pages.locales) {
    for (const [page, target] of pages.byLocale.get(locale)!) {
      const source = pages.bySource.get(page)
      if (source && !source.failed && !target.failed) pairs.push({id: `${locale}/${page}`, source, target})
    }
  }
  return pairs
}

/** The two pages of a translated page that has both (`locale/page`, as alignments are keyed). */
export function pairOf(pages: PageIndex, id: string): PagePair {
  const [locale, page] = splitId(id)
  return {id, source: pages.bySource.get(page)!, target: pages.byLocale.get(locale)!.get(page)!}
}

/** `locale/page` back into its parts (a page key may contain slashes, a locale never does). */
export function splitId(id: string): [string, string] {
  const slash = id.indexOf('/')
  return [id.slice(0, slash), id.slice(slash + 1)]
}
