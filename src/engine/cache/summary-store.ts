import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {cacheKey} from './cache-key.ts'
import type {EntryStore} from './entry-store.ts'

/** The cache of page summaries in `cacheDir` (`summaries/`), keyed by Lockstep version, config and locales. */
export function summaryStore(cacheDir: string, config: Config, locales: ReadonlySet<string>): EntryStore {
  return {folder: path.join(cacheDir, 'summaries'), key: cacheKey(config, locales)}
}

/** The id of a file's summary in that cache: its path in the tree and the hash of its bytes (`hashBytes`). */
export function summaryId(file: string, hash: string): string {
  return `${file}\u0000${hash}`
}
