import type {Site} from './load-site.ts'
import {navTree, type NavNode} from './nav-tree.ts'

/** The sidebar tree of a locale: every source page, titled in the locale when translated. */
export function siteNav(site: Site, locale: string): NavNode[] {
  return navTree(
    site.pages.map((page) => ({
      page,
      title: site.summary(locale, page)?.title ?? site.summary(site.sourceLocale, page)?.title ?? page
    }))
  )
}

/** Links to one page in every locale, for the switcher and `hreflang`. */
export function localeLinks(site: Site, page: string) {
  return site.locales.map((locale) => ({locale, name: site.localeName(locale), href: `/${locale}/${page}/`}))
}
