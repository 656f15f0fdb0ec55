import type {PageIndex} from './index-pages.ts'
import type {PageSummary} from '../sections/types.ts'

/**
 * Where a page sorts among its sibling pages (same folder) that exist in both the locale and the
 * source, by a numeric front-matter key, in the translation and in the source: the number of
 * those siblings that sort before it. Undefined when the page has no such sibling.
 */
export function siblingOrder({bySource, byLocale}: PageIndex, locale: string, page: string, key: string): {target: number; source: number} | undefined {
  const pages = byLocale.get(locale)
  if (!pages) return undefined
  const folder = parentOf(page)
  const value = (summary: PageSummary | undefined) => (typeof summary?.frontmatter?.[key] === 'number' ? (summary.frontmatter[key] as number) : undefined)
  const own = {target: value(pages.get(page)), source: value(bySource.get(page))}
  if (own.target === undefined || own.source === undefined) return undefined
  let siblings = 0
  const order = {target: 0, source: 0}
  for (const [other, summary] of pages) {
    if (other === page || parentOf(other) !== folder) continue
    const target = value(summary)
    const source = value(bySource.get(other))
    if (target === undefined || source === undefined) continue
    siblings++
    if (target < own.target) order.target++
    if (source < own.source) order.source++
  }
  return siblings > 0 ? order : undefined
}

/** The folder a page sorts in: `docs/a/b` and `docs/a/b/_index` are both in `docs/a`. */
function parentOf(page: string): string {
  const parts = page.replace(/\/_?index$/, '').split('/')
  return parts.slice(0, -1).join('/')
}
