import type {Site} from './load-site.ts'
import {pageHref} from './page-route.ts'

/** Links to one page in every locale that shows it (every locale, unless the page has no source), for `hreflang`. */
export function localeLinks(site: Site, page: string): Array<{locale: string; name: string; href: string}> {
  const everywhere = site.pages.includes(page)
  return site.locales.filter((locale) => (everywhere || site.summary(locale, page)) && !isDraft(site, locale, page)).map((locale) => ({locale, name: site.localeName(locale), href: pageHref(site.sourceLocale, locale, page)}))
}

/** Whether a locale's page is a draft (`draft: true` in the page shown there: the locale's, else the source it falls back to), which Starlight does not publish. */
export function isDraft(site: Site, locale: string, page: string): boolean {
  return (site.summary(locale, page) ?? site.summary(site.sourceLocale, page))?.frontmatter?.draft === true
}
