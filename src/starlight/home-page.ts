import {escapeHtml} from './escape-html.ts'
import {t} from './i18n.ts'
import type {Site} from './load-site.ts'
import {publishedHref} from './site-nav.ts'

/** A locale's home page when the content has none (no `_index.md`): its pages, titled in the locale where translated. */
export function homePage(site: Site, locale: string): {title: string; html: string} {
  const items = site.pages.flatMap((page) => {
    const href = publishedHref(site, locale, page)
    if (href === undefined) return []
    const summary = site.summary(locale, page) ?? site.summary(site.sourceLocale, page)
    const translated = site.summary(locale, page) !== undefined
    const lang = translated ? '' : ` lang="${escapeHtml(site.sourceLocale)}"`
    return [`<li><a href="${escapeHtml(href)}"${lang}>${escapeHtml(summary?.title ?? page)}</a></li>`]
  })
  const status = `<p><a href="/status/">${escapeHtml(t(locale, 'status'))}</a></p>`
  return {title: t(locale, 'onThisSite'), html: `${status}<ul>${items.join('')}</ul>`}
}
