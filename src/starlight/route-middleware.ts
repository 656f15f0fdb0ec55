import path from 'node:path'
import {defineRouteMiddleware, type StarlightRouteData} from '@astrojs/starlight/route-data'
import {escapeHtml} from './escape-html.ts'
import {t, ui} from './i18n.ts'
import {loadSite, siteRoot, type Site} from './load-site.ts'
import {starlightLang} from './starlight-lang.ts'
import {pageHref} from './page-route.ts'
import {outdatedNotice} from './section-markers.ts'
import {localeLinks} from './site-nav.ts'
import {buildSidebar, paginationOf} from './sidebar.ts'

/**
 * Lockstep's part of every Starlight page: the sidebar built from the content (Hugo's `weight`,
 * `linkTitle` and `_index` titles, the page's locale), prev/next from it, and the page notices
 * (outdated, no source, not translated) as Starlight's banner, in the page's language.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = (context.locals as {starlightRoute: StarlightRouteData}).starlightRoute
  const site = await loadSite(siteRoot())
  const locale = route.locale ?? site.sourceLocale
  // A page that shows no sidebar and was given an empty one (the side-by-side views) has no place in it: none to build.
  const noSidebar = !route.hasSidebar && route.sidebar.length === 0
  if (site.locales.includes(locale) && !noSidebar && (globalThis as Record<symbol, unknown>)[Symbol.for('lockstep.sidebar')] !== false) {
    route.sidebar = buildSidebar(site, locale, context.url.pathname)
    route.pagination = paginationOf(route.sidebar)
  }
  // An entry's `filePath` is relative to the Astro project's root (the build's folder), not to the
  // content's: joined to the content's folder it only found the page when both sat equally deep.
  const summary = route.entry?.filePath ? site.byFile(path.resolve(route.entry.filePath)) : undefined
  if (!summary) return
  const page = summary.page
  route.head = alternates(site, page, route.head, context.url, context.site)
  if (locale === site.sourceLocale) return
  const compare = `<a href="/translate/${locale}/${page}/">${escapeHtml(t(locale, 'compare'))}</a>`
  const say = (key: 'missingPage' | 'orphanPage' | 'outdatedPage', values?: Record<string, string>) => {
    const found = ui(locale, key, values)
    const body = escapeHtml(found.text)
    return found.fallback ? `<span class="ui-fallback" lang="en">${body}</span>` : body
  }
  let banner: string | undefined
  // A page the locale does not have has no side-by-side view (nothing to put beside the source): the notice alone.
  if (route.isFallback) banner = `<span class="lockstep-notice">${say('missingPage')}</span>`
  else if (site.pageReport(locale, page)?.status === 'orphan') banner = `<span class="lockstep-notice orphan-notice">${say('orphanPage')}</span>`
  else {
    const notice = outdatedNotice(site.history(locale, page), site.diagnostics(locale, page))
    if (notice) banner = `<span class="lockstep-notice outdated-notice">${say('outdatedPage', {...notice})} ${compare}</span>`
  }
  if (banner) route.entry = {...route.entry, data: {...route.entry.data, banner: {content: banner}}}
  // Starlight's own canonical for a page shown in the source language: the source page.
  if (route.isFallback) route.head = route.head.map((tag: Head[number]) => (tag.tag === 'link' && tag.attrs?.rel === 'canonical' ? {...tag, attrs: {...tag.attrs, href: new URL(pageHref(site.sourceLocale, site.sourceLocale, page), context.url).href}} : tag))
})

type Head = StarlightRouteData['head']

/**
 * `hreflang` alternates of a page: the locales that have it (every locale, unless the page has no
 * source), `x-default` the source locale's; relative when the site's URL is not known (Starlight
 * writes them only under a \`site\`), with a canonical link to match.
 */
function alternates(site: Site, page: string, head: Head, url: URL, base: URL | undefined): Head {
  const links = localeLinks(site, page)
  // A page published in no locale (a draft in a dev build, the 404 page) has no alternates.
  if (links.length === 0) return head
  const href = (path: string) => (base ? new URL(path, base).href : path)
  const kept = head.filter((tag) => !(tag.tag === 'link' && (tag.attrs?.rel === 'alternate' || (!base && tag.attrs?.rel === 'canonical'))))
  const alternate = (hreflang: string, path: string) => ({tag: 'link' as const, attrs: {rel: 'alternate', hreflang, href: href(path)}})
  const xDefault = links.find((link) => link.locale === site.sourceLocale) ?? links[0]!
  const canonical = base ? [] : [{tag: 'link' as const, attrs: {rel: 'canonical', href: url.pathname}}]
  return [...kept, ...canonical, ...links.map((link) => alternate(starlightLang(link.locale), link.href)), alternate('x-default', xDefault.href)]
}
