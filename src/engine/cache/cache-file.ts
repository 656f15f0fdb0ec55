import fs from 'node:fs/promises'
import path from 'node:path'
import type {z} from 'zod'
import {replaceFile} from '../replace-file.ts'
import {conforms} from './conforms.ts'

/**
 * Read a cache file (`{key, entries}`) made under `key` (Lockstep version and config). Whatever
 * is not what this version writes is dropped, entry by entry, and recomputed: a missing or
 * corrupt file, another key, an entry of another shape (a cache restored by `actions/cache` from
 * another build), or one `valid` rejects. Temporary files a killed run left beside it are removed.
 */
export async function readCacheFile<T>(file: string, key: string, schema: z.ZodType<T>, valid: (id: string, entry: T) => boolean = () => true): Promise<Map<string, T>> {
  await removeLeftovers(path.dirname(file), `${path.basename(file)}.`)
  const entries = new Map<string, T>()
  let parsed: unknown
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch {
    return entries
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as {key?: unknown}).key !== key) return entries
  const raw = (parsed as {entries?: unknown}).entries
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return entries
  for (const [id, value] of Object.entries(raw)) {
    // Validated, then kept as read: a parsed copy would order keys by the schema, and the report
    // must be byte-identical to a run without the cache. The schemas transform nothing.
    if (conforms(schema, value) && valid(id, value as T)) entries.set(id, value as T)
  }
  return entries
}

/**
 * Write a cache file (`{key, entries}`) atomically. A cache that cannot be written (a read-only
 * checkout) only costs speed next time.
 */
export async function writeCacheFile(file: string, key: string, entries: Iterable<[string, unknown]>): Promise<void> {
  await writeAtomically(file, JSON.stringify({key, entries: Object.fromEntries(entries)}))
}

/**
 * Write `kept` as the cache file unless it holds exactly the ids of `known` (the file as read): a
 * file that keeps one run's entries, written only when they change, so an unchanged run writes nothing.
 */
export async function replaceCacheFile(file: string, key: string, known: ReadonlyMap<string, unknown>, kept: ReadonlyMap<string, unknown>): Promise<void> {
  if (kept.size !== known.size || [...kept.keys()].some((id) => !known.has(id))) await writeCacheFile(file, key, kept)
}

/** `replaceFile`, for a cache file: one that cannot be written (a read-only checkout) only costs speed next time, so nothing is thrown. */
export async function writeAtomically(file: string, data: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  await replaceFile(file, data).catch(() => {})
}

/**
 * Remove `<prefix>….<pid>.tmp` files in `folder` of runs killed while writing: those of no live
 * process, or older than any write takes (a cache restored from another machine names its processes).
 */
export async function removeLeftovers(folder: string, prefix = ''): Promise<void> {
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch {
    return
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /\.(\d+)\.tmp$/.exec(name) : null
    const pid = match ? Number(match[1]) : Number.NaN
    if (!Number.isInteger(pid)) continue
    const leftover = path.join(folder, name)
    if (pid !== process.pid && isRunning(pid)) {
      const age = await fs.stat(leftover).then((stat) => Date.now() - stat.mtimeMs, () => 0)
      if (age < 10 * 60_000) continue
    }
    await fs.rm(leftover, {force: true}).catch(() => {})
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
