import {headingsElsewhere} from '../align/headings-elsewhere.ts'
import {sourceFragments} from '../align/source-fragments.ts'
import type {Alignment} from '../align/types.ts'
import type {PageIndex} from '../content/index-pages.ts'
import {siblingOrder} from '../content/sibling-order.ts'
import type {RuleContext, SiteLookups} from './types.ts'

/**
 * What the rules may read of other pages. A link's fragment into another translated page is
 * compared through that page's alignment from the two files alone; the headings other
 * translations give a section come from the alignments the rules see (with history).
 */
export function siteLookups({pages, urls, fileAlignments, alignments}: {pages: PageIndex; urls: Pick<RuleContext, 'anchorsOf' | 'titleOf'>; fileAlignments: ReadonlyMap<string, Alignment>; alignments: ReadonlyMap<string, Alignment>}): SiteLookups {
  return {
    anchorsOf: urls.anchorsOf,
    titleOf: urls.titleOf,
    sourceFragment: sourceFragments(fileAlignments, pages),
    siblingOrder: (locale, page, key) => siblingOrder(pages, locale, page, key),
    headingsElsewhere: (locale, page, section) => headingsElsewhere(pages, alignments, locale, page, section),
    sourceFrontmatterKeys: pages.sourceFrontmatterKeys
  }
}
