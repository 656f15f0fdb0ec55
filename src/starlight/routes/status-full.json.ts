import type {APIRoute} from 'astro'
import {localePaths, localeStatus} from '../site-status.ts'
import {statusJson} from '../status-data.ts'

export const getStaticPaths = localePaths

/** `/status/<locale>/status.json`: the locale's section counts, in total and per page, for other tools. */
export const GET: APIRoute = async ({params}) => {
  const {site, status} = await localeStatus(params.locale)
  return new Response(`${JSON.stringify(statusJson(status, site.sourceLocale), null, 2)}\n`, {headers: {'content-type': 'application/json'}})
}
