import {createHash} from 'node:crypto'

/** Content hash of a page's bytes, the key of its cached summary. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}
