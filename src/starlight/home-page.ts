import {escapeHtml} from './escape-html.ts'
import {t} from './i18n.ts'
import type {Site} from './load-site.ts'
import {pageHref, pageRoute} from './page-route.ts'

/** A locale's home page when the content has none (no `_index.md`): its pages, titled in the locale where translated. */
export function homePage(site: Site, locale: string): {title: string; html: string} {
  const items = site.pages
    .filter((page) => pageRoute(page) !== undefined)
    .map((page) => {
      const summary = site.summary(locale, page) ?? site.summary(site.sourceLocale, page)
      const translated = site.summary(locale, page) !== undefined
      const lang = translated ? '' : ` lang="${escapeHtml(site.sourceLocale)}"`
      return `<li><a href="${escapeHtml(pageHref(site.sourceLocale, locale, page))}"${lang}>${escapeHtml(summary?.title ?? page)}</a></li>`
    })
  const status = `<p><a href="/status/">${escapeHtml(t(locale, 'status'))}</a></p>`
  return {title: t(locale, 'onThisSite'), html: `${status}<ul>${items.join('')}</ul>`}
}
