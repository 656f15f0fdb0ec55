import type {APIRoute} from 'astro'
import {localePaths, localeStatus} from '../site-status.ts'
import {badgeJson} from '../status-data.ts'

export const getStaticPaths = localePaths

/** `/status/<locale>.json`: a shields.io endpoint badge of the locale's up-to-date share. */
export const GET: APIRoute = async ({params}) => {
  const {site, status} = await localeStatus(params.locale)
  return new Response(JSON.stringify(badgeJson(status, `${site.localeName(status.locale)} translation`)), {headers: {'content-type': 'application/json'}})
}
