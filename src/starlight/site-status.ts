import type {PageSummary} from '../engine/index.ts'
import {loadSite, type Site} from './load-site.ts'
import {statusData, type LocaleStatus} from './status-data.ts'

const computed = new WeakMap<Site, LocaleStatus[]>()

/** The status of every translation locale of the site (computed once per build: every status route reads it). */
export function siteStatus(site: Site): LocaleStatus[] {
  let status = computed.get(site)
  if (!status) {
    const summaries = site.pages.map((page) => site.summary(site.sourceLocale, page)).filter((summary): summary is PageSummary => summary !== undefined)
    status = statusData({report: site.report, summaries})
    computed.set(site, status)
  }
  return status
}

/** Static paths of the per-locale status routes: one per translation locale. */
export async function localePaths() {
  const site = await loadSite()
  return siteStatus(site).map((each) => ({params: {locale: each.locale}}))
}

/** The site and one translation locale's status, for a per-locale route. */
export async function localeStatus(locale: string | undefined): Promise<{site: Site; status: LocaleStatus}> {
  const site = await loadSite()
  const status = siteStatus(site).find((each) => each.locale === locale)
  if (!status) throw new Error(`No translation locale ${JSON.stringify(locale)}`)
  return {site, status}
}
