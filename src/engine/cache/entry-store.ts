import {hash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {readCacheFile, removeLeftovers, writeAtomically, writeCacheFile} from './cache-file.ts'
import {conforms} from './conforms.ts'

/** A folder of cache entries, one small file per entry, read on demand and written one by one. */
export interface EntryStore {
  folder: string
  /** Lockstep version and config: an entry made under another key is not read back. */
  key: string
}

/**
 * The file of entry `id`: sharded by the hash of its id (`ab/cdef….json`), so no folder grows large.
 * Joined as text: `path.join` normalizes the whole path again, for every entry of every run.
 */
export function entryPath(store: EntryStore, id: string): string {
  const hex = hash('sha1', id)
  return `${store.folder}${path.sep}${hex.slice(0, 2)}${path.sep}${hex.slice(2)}.json`
}

/** Whether entry `id` has a file (it may still be corrupt or of another key: `readEntry` tells). */
export function hasEntry(store: EntryStore, id: string): boolean {
  return existsSync(entryPath(store, id))
}

/**
 * Read entry `id`, or undefined when it is missing, corrupt, made under another key or for
 * another id, of another shape than `schema`, or rejected by `valid`. The entry is returned as
 * read (the schemas transform nothing): a parsed copy would order keys by the schema, and the
 * report must be byte-identical to a run without the cache.
 */
export async function readEntry<T>(store: EntryStore, id: string, schema: z.ZodType<T>, valid: (entry: T) => boolean = () => true): Promise<T | undefined> {
  let parsed: unknown
  try {
    // Read synchronously: an entry is a few kB, and a promise read (open, stat, read, close, each a
    // round trip through the thread pool) costs several times the read itself; a warm run reads thousands.
    const bytes = readFileSync(entryPath(store, id))
    // Only the first line: an entry's rest, if any, is read when asked for (`readEntryRest`).
    const end = bytes.indexOf(10)
    parsed = JSON.parse(bytes.toString('utf8', 0, end === -1 ? bytes.length : end))
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const {key, id: own, entry} = parsed as {key?: unknown; id?: unknown; entry?: unknown}
  if (key !== store.key || own !== id || !conforms(schema, entry) || !valid(entry as T)) return undefined
  return entry as T
}

/**
 * The rest of entry `id` (`writeEntry`'s `rest`, on the file's second line), read synchronously
 * when a reader first needs it; undefined when it is missing, corrupt or made under another key,
 * for another id or of another shape than `schema`.
 */
export function readEntryRest<T>(store: EntryStore, id: string, schema: z.ZodType<T>): T | undefined {
  try {
    const text = readFileSync(entryPath(store, id), 'utf8')
    const end = text.indexOf('\n')
    const {key, id: own} = JSON.parse(text.slice(0, end)) as {key?: unknown; id?: unknown}
    const rest: unknown = JSON.parse(text.slice(end + 1))
    return end !== -1 && key === store.key && own === id && conforms(schema, rest) ? (rest as T) : undefined
  } catch {
    return undefined
  }
}

/**
 * Write entry `id` atomically (a temporary file renamed over it) after removing what a killed
 * run left in its shard. A cache that cannot be written (a read-only checkout) only costs speed.
 * `rest` goes on a second line, which `readEntry` does not parse (JSON text has no raw newline).
 */
export async function writeEntry(store: EntryStore, id: string, entry: unknown, cleaned: Set<string>, rest?: unknown): Promise<void> {
  const file = entryPath(store, id)
  const folder = path.dirname(file)
  if (!cleaned.has(folder)) {
    cleaned.add(folder)
    await removeLeftovers(folder)
  }
  await writeAtomically(file, JSON.stringify({key: store.key, id, entry}) + (rest === undefined ? '' : `\n${JSON.stringify(rest)}`))
}

/** Remove entry `id` (a page that is gone, a summary of an older version of a file). */
export async function removeEntry(store: EntryStore, id: string): Promise<void> {
  await fs.rm(entryPath(store, id), {force: true}).catch(() => {})
}

/**
 * Keep only the entries in `live`: the store's index (`index.json`, the ids it holds) names
 * those written before, and the ones no longer live are removed. An index that is unchanged is
 * not rewritten, so an unchanged run writes nothing.
 */
export async function sweepEntries(store: EntryStore, live: ReadonlySet<string>): Promise<void> {
  const file = path.join(store.folder, 'index.json')
  const before = await readCacheFile(file, 'index', z.literal(1))
  let changed = before.size !== live.size
  const gone = [...before.keys()].filter((id) => !live.has(id))
  if (gone.length > 0) changed = true
  await mapLimit(gone, 16, (id) => removeEntry(store, id))
  if (!changed) for (const id of live) if (!before.has(id)) changed = true
  if (changed) await writeCacheFile(file, 'index', [...live].sort().map((id) => [id, 1]))
}

/** Remove a whole-site cache file of an older version (`summaries.json`) and what killed runs left beside it. */
export async function dropLegacyFile(folder: string, name: string): Promise<void> {
  await removeLeftovers(folder, `${name}.`)
  await fs.rm(path.join(folder, name), {force: true}).catch(() => {})
}

/** `work` over `items`, at most `limit` at a time (thousands of small reads without thousands of open files). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!, index)
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  return results
}
