import path from 'node:path'
import type {Alignment} from '../align/types.ts'
import type {Diagnostic} from '../rules/types.ts'
import {readCacheFile, writeCacheFile} from './cache-file.ts'
import {resultEntrySchema} from './cache-schema.ts'

/** What is kept per page between runs: its alignment and its findings, each with the key it was made under. */
export interface ResultEntry {
  /** Hash of the source and translation contents the alignment was made from. */
  alignmentKey: string
  alignment?: Alignment
  /** `alignmentKey` plus the page's own inputs besides its files' contents (their paths, its history). */
  diagnosticsKey: string
  /** What the rules read of other pages while finding these (`anchors`, fragments, front-matter keys), one string each. */
  reads: string[]
  /** Hash of the answers those reads gave: the findings stand while the same reads give the same answers. */
  readsKey: string
  diagnostics: Diagnostic[]
}

/** Bumped when a cached field is added (findings' `difference`), so older entries are not read back. */
const format = 2

/**
 * Alignments and findings per page from the last run, so an unchanged page is not aligned or
 * checked again. Stored as one JSON file beside the summary cache, never in the content tree.
 */
export class ResultCache {
  readonly entries: Map<string, ResultEntry>
  readonly #file: string | undefined
  readonly #key: string
  #changed = false

  private constructor(file: string | undefined, key: string, entries: Map<string, ResultEntry>) {
    this.#file = file
    this.#key = key
    this.entries = entries
  }

  /** Load the cache in `dir` made under `key` (Lockstep version and config); without what is stale or not of this version's shape. */
  static async load(dir: string | undefined, key: string): Promise<ResultCache> {
    key = `${key}:${format}`
    if (!dir) return new ResultCache(undefined, key, new Map())
    const file = path.join(dir, 'results.json')
    // A page's findings are its own: an entry holding another page's is not one this version wrote.
    const own = (id: string, entry: ResultEntry) => entry.diagnostics.every((diagnostic) => `${diagnostic.locale}/${diagnostic.page}` === id)
    return new ResultCache(file, key, await readCacheFile(file, key, resultEntrySchema, own))
  }

  /** Record a page's result for next time. */
  set(id: string, entry: ResultEntry): void {
    this.entries.set(id, entry)
    this.#changed = true
  }

  /** Keep only these pages (others were removed). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) {
      if (!ids.has(id)) {
        this.entries.delete(id)
        this.#changed = true
      }
    }
  }

  /** Write the cache if anything changed; a failure to write only costs speed next time. */
  async save(): Promise<void> {
    if (!this.#file || !this.#changed) return
    await writeCacheFile(this.#file, this.#key, this.entries)
  }
}
