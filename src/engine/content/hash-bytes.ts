import {createHash} from 'node:crypto'

/**
 * Content hash of a page's bytes, the key of its cached summary: git's blob id of them
 * (`git hash-object`), so a page the same as the source at a translation's base is known by the
 * blob's id alone, without reading the blob.
 */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex')
}
