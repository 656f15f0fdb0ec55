import type {PageSummary} from './types.ts'

/** `{{% include "exporters/jaeger.md" %}}` / `{{< include file.md >}}`: the included file's name. */
const includeShortcode = /^\{\{[%<]-?\s*include\s+(?:file=)?["`]?([^\s"`%>]+)/
/** Any other shortcode's name (`{{% docs/languages/exporters/intro %}}`). */
const shortcodeName = /^\{\{[%<]-?\s*([\w./-]+)/

/**
 * The ids a page shares with the files it includes, by summary.
 *
 * Hugo sites include shared Markdown with an `include` shortcode (OpenTelemetry's looks for the
 * named file in an `_includes` folder beside the page or in any folder above it, in the page's
 * locale first, then in the source locale), or with a site shortcode named after the included
 * file (`{{% docs/languages/exporters/intro %}}` renders `_includes/exporters/intro.md`; a name
 * is matched by its last two or more path segments). The included file's headings render into
 * the including page, so their ids are the page's ids; and a `#fragment` written in the included
 * file resolves in the page it is rendered into, so the including pages' ids count for it too.
 * A page with any other block `{{% … %}}` shortcode without inner content (`{{% community-lists %}}`)
 * gets headings from a template outside the content: it is `unseen`, its ids are not all known.
 */
export function includedAnchors(summaries: readonly PageSummary[], sourceLocale: string): {ids: Map<PageSummary, string[]>; unseen: Set<PageSummary>} {
  const byPage = new Map<string, PageSummary>()
  for (const summary of summaries) byPage.set(`${summary.locale}\u0000${summary.page}`, summary)
  const resolve = (from: PageSummary, name: string): PageSummary | undefined => {
    const stem = name.replace(/\.(?:md|mdx|markdown)$/i, '')
    const dirs = from.page.split('/').slice(0, -1)
    for (const locale of new Set([from.locale, sourceLocale])) {
      for (let depth = dirs.length; depth >= 0; depth--) {
        const found = byPage.get(`${locale}\u0000${[...dirs.slice(0, depth), '_includes', stem].join('/')}`)
        if (found) return found
      }
    }
    return undefined
  }
  // Pages with a shortcode that renders Markdown Lockstep cannot see: their ids are not all known.
  const unseen = new Set<PageSummary>()
  const includes = (summary: PageSummary): PageSummary[] => {
    const found: PageSummary[] = []
    for (const section of summary.sections) {
      for (const shortcode of section.shortcodes) {
        const name = includeShortcode.exec(shortcode.raw)?.[1]
        if (name !== undefined) {
          const included = resolve(summary, name)
          if (included) found.push(included)
          continue
        }
        const parts = shortcodeName.exec(shortcode.raw)?.[1]?.split('/') ?? []
        let resolved = false
        for (let start = 0; start <= parts.length - 2 && !resolved; start++) {
          const included = resolve(summary, parts.slice(start).join('/'))
          if (included) found.push(included)
          resolved = included !== undefined
        }
        if (!resolved && shortcode.renders) unseen.add(summary)
      }
    }
    return found
  }

  const own = new Map<PageSummary, Set<string>>()
  const includers = new Map<PageSummary, PageSummary[]>()
  for (const summary of summaries) {
    const ids = new Set(summary.anchors)
    const seen = new Set([summary])
    const queue = includes(summary)
    while (queue.length > 0) {
      const included = queue.shift()!
      if (seen.has(included)) continue
      seen.add(included)
      includers.set(included, [...(includers.get(included) ?? []), summary])
      for (const id of included.anchors) ids.add(id)
      queue.push(...includes(included))
    }
    own.set(summary, ids)
  }
  const result = new Map<PageSummary, string[]>()
  for (const summary of summaries) {
    const ids = new Set(own.get(summary))
    for (const includer of includers.get(summary) ?? []) for (const id of own.get(includer)!) ids.add(id)
    if (ids.size > summary.anchors.length) result.set(summary, [...ids].sort())
  }
  return {ids: result, unseen}
}
