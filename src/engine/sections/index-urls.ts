import type {RuleContext} from '../rules/types.ts'
import {includedAnchors} from './included-anchors.ts'
import {pageUrlOf} from './normalize-link.ts'
import type {PageSummary} from './types.ts'

/** What a link into a page reads of it, by the page's locale and URL path: its ids and its title. */
export function indexUrls(summaries: readonly PageSummary[], sourceLocale: string): Pick<RuleContext, 'anchorsOf' | 'titleOf'> {
  const anchors = new Map<string, Set<string>>()
  const titles = new Map<string, string>()
  const {ids: included, unseen} = includedAnchors(summaries, sourceLocale)
  const unknownIds = new Set<string>()
  for (const summary of summaries) {
    if (summary.skipped) continue
    const key = `${summary.locale}\u0000${pageUrlOf(summary.page)}`
    anchors.set(key, new Set([...summary.anchors, ...(included.get(summary) ?? [])]))
    if (unseen.has(summary)) unknownIds.add(key)
    titles.set(key, summary.title ?? '')
  }
  return {
    // A page whose template shortcodes render headings Lockstep cannot see has ids it does not know.
    anchorsOf: (locale, url) => (unknownIds.has(`${locale}\u0000${url}`) ? undefined : anchors.get(`${locale}\u0000${url}`)),
    titleOf: (locale, url) => titles.get(`${locale}\u0000${url}`)
  }
}
