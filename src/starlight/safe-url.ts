import {unsafeScheme} from '../engine/index.ts'

/**
 * Whether a link target may be published as a link: `http(s)`, `mailto`, a relative path or a
 * fragment. Anything else (`javascript:`, `vbscript:`, `data:`, unknown schemes) is not: the
 * check reports it (`unsafe-link`), by the same test.
 */
export function isSafeUrl(url: string): boolean {
  return unsafeScheme(url) === undefined
}
