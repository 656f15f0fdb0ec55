import type {APIRoute} from 'astro'
import {loadSite} from '../load-site.ts'
import {siteStatus} from '../site-status.ts'
import {statusJson} from '../status-data.ts'

/** One path per translation locale. */
export async function getStaticPaths() {
  const site = await loadSite()
  return siteStatus(site).map((each) => ({params: {locale: each.locale}}))
}

/** `/status/<locale>/status.json`: the locale's section counts, in total and per page, for other tools. */
export const GET: APIRoute = async ({params}) => {
  const site = await loadSite()
  const status = siteStatus(site).find((each) => each.locale === params.locale)!
  return new Response(`${JSON.stringify(statusJson(status, site.sourceLocale), null, 2)}\n`, {headers: {'content-type': 'application/json'}})
}
