import type {Site} from './load-site.ts'
import {navTree, type NavNode} from './nav-tree.ts'

/** The sidebar tree of a locale: every source page, titled in the locale when translated, and the locale's pages with no source. */
export function siteNav(site: Site, locale: string): NavNode[] {
  const pages = [...site.pages, ...(site.orphans.get(locale) ?? [])].sort()
  return navTree(
    pages.map((page) => ({
      page,
      title: site.summary(locale, page)?.title ?? site.summary(site.sourceLocale, page)?.title ?? page
    }))
  )
}

/** Links to one page in every locale that shows it (every locale, unless the page has no source), for the switcher and `hreflang`. */
export function localeLinks(site: Site, page: string) {
  const everywhere = site.pages.includes(page)
  return site.locales.filter((locale) => everywhere || site.summary(locale, page)).map((locale) => ({locale, name: site.localeName(locale), href: `/${locale}/${page}/`}))
}
