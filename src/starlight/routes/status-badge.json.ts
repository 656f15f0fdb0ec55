import type {APIRoute} from 'astro'
import {loadSite} from '../load-site.ts'
import {siteStatus} from '../site-status.ts'
import {badgeJson} from '../status-data.ts'

/** One path per translation locale. */
export async function getStaticPaths() {
  const site = await loadSite()
  return siteStatus(site).map((each) => ({params: {locale: each.locale}}))
}

/** `/status/<locale>.json`: a shields.io endpoint badge of the locale's up-to-date share. */
export const GET: APIRoute = async ({params}) => {
  const site = await loadSite()
  const status = siteStatus(site).find((each) => each.locale === params.locale)!
  return new Response(JSON.stringify(badgeJson(status, `${site.localeName(status.locale)} translation`)), {headers: {'content-type': 'application/json'}})
}
