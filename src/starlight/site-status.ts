import type {PageSummary} from '../engine/index.ts'
import type {Site} from './load-site.ts'
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
