import path from 'node:path'
import {readCacheFile, writeCacheFile} from '../cache/cache-file.ts'
import {sourceChangesSchema} from '../cache/cache-schema.ts'
import type {SourceChanges} from './types.ts'

/** Bumped when `SourceChanges` gains a field, so entries written without it are not read back. */
const format = 3

/**
 * What changed in a source page between a base blob and its current content, kept between runs:
 * a git object never changes, so the key (blob, page, file, current hash) decides forever, and an
 * unchanged re-run reads no old page again. One JSON file beside the other caches.
 */
export class ChangeCache {
  readonly #file: string | undefined
  readonly #key: string
  readonly #old: Map<string, SourceChanges>
  readonly #used = new Map<string, SourceChanges>()
  #changed = false

  private constructor(file: string | undefined, key: string, entries: Map<string, SourceChanges>) {
    this.#file = file
    this.#key = key
    this.#old = entries
  }

  /** Load the cache in `dir` made under `key` (Lockstep version and config); without what is stale or not of this version's shape. */
  static async load(dir: string | undefined, key: string): Promise<ChangeCache> {
    key = `${key}:${format}`
    if (!dir) return new ChangeCache(undefined, key, new Map())
    const file = path.join(dir, 'history.json')
    return new ChangeCache(file, key, await readCacheFile(file, key, sourceChangesSchema))
  }

  /** The changes under `id`, if known. */
  get(id: string): SourceChanges | undefined {
    const found = this.#used.get(id) ?? this.#old.get(id)
    if (found) this.#used.set(id, found)
    return found
  }

  /** Remember changes for next time. */
  set(id: string, changes: SourceChanges): void {
    this.#used.set(id, changes)
    this.#changed = true
  }

  /** Write what this run used (and nothing else) if anything changed; a failed write only costs speed. */
  async save(): Promise<void> {
    if (!this.#file || (!this.#changed && this.#used.size === this.#old.size)) return
    await writeCacheFile(this.#file, this.#key, this.#used)
  }
}
