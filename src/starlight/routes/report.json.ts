import {formatJson} from '../../engine/index.ts'
import {loadSite} from '../load-site.ts'

/** The same JSON report `lockstep check --format json` writes, published beside the site. */
export async function GET(): Promise<Response> {
  const site = await loadSite()
  return new Response(formatJson(site.report), {headers: {'content-type': 'application/json'}})
}
