/**
 * The route of a page key, as Hugo publishes it: `docs/foo/_index` is the section `docs/foo`, the
 * content root's `_index` is the home page (`''`); any other file whose name starts with `_`
 * (`_TEMPLATE.md`, partials) is not a page (`undefined`).
 */
export function pageRoute(page: string): string | undefined {
  const parts = page.split('/')
  const name = parts.at(-1) ?? ''
  if (name === '_index' || name === 'index') return parts.slice(0, -1).join('/')
  if (name.startsWith('_')) return undefined
  return page
}

/** The URL of a page in a locale: the source locale at the root (`/docs/x/`), the others under their folder (`/it/docs/x/`). */
export function pageHref(sourceLocale: string, locale: string, page: string): string {
  const route = pageRoute(page) ?? page
  const parts = [locale === sourceLocale ? '' : locale, route].filter(Boolean)
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`
}

/** The content-collection id Starlight routes a page by (`it/docs/x`, `docs/x` for the source locale, `index` for a home page). */
export function entryId(sourceLocale: string, locale: string, page: string): string | undefined {
  const route = pageRoute(page)
  if (route === undefined) return undefined
  const parts = [locale === sourceLocale ? '' : locale, route].filter(Boolean)
  return parts.length === 0 ? 'index' : parts.join('/')
}
