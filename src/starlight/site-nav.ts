import type {Site} from './load-site.ts'
import {pageHref, pageRoute} from './page-route.ts'

/** Links to one page in every locale that shows it (every locale, unless the page has no source), for `hreflang`. */
export function localeLinks(site: Site, page: string): Array<{locale: string; name: string; href: string}> {
  const everywhere = site.pages.includes(page)
  return site.locales.flatMap((locale) => {
    const href = everywhere || site.summary(locale, page) ? publishedHref(site, locale, page) : undefined
    return href === undefined ? [] : [{locale, name: site.localeName(locale), href}]
  })
}

/** Whether a locale's page is a draft (`draft: true` in the page shown there: the locale's, else the source it falls back to), which Starlight does not publish. */
export function isDraft(site: Site, locale: string, page: string): boolean {
  return (site.summary(locale, page) ?? site.summary(site.sourceLocale, page))?.frontmatter?.draft === true
}

/**
 * The URL of a page in a locale if the site publishes it there, else undefined: a draft, a file
 * that is not a page (`_TEMPLATE.md`), and a `404` page (Starlight's not-found page, `/404.html`)
 * have no page of their own. Every link the site makes to one of its pages goes through this.
 */
export function publishedHref(site: Site, locale: string, page: string): string | undefined {
  const route = pageRoute(page)
  if (route === undefined || route === '404' || isDraft(site, locale, page)) return undefined
  return pageHref(site.sourceLocale, locale, page)
}
