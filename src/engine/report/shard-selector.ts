import {createHash} from 'node:crypto'
import type {PageSelector} from './filter-report.ts'

/** Which part of the work one CI job takes: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/**
 * Select the pages of one shard by a stable hash of the page key (`locale/page`), so each
 * locale's pages spread over the shards and a page stays in its shard as others are added.
 * Findings on no page (a bad locale folder) go by their file.
 */
export function shardSelector(shard: Shard): PageSelector {
  return ({locale, page, files}) => bucket(page === '' ? `\u0000${files[0] ?? ''}` : `${locale}/${page}`, shard.count) === shard.index - 1
}

function bucket(key: string, count: number): number {
  // sha1 rather than a locale- or platform-dependent hash: shards must agree across machines.
  return createHash('sha1').update(key).digest().readUInt32BE(0) % count
}
