import path from 'node:path'
import type {Alignment} from '../align/types.ts'
import type {Diagnostic} from '../rules/types.ts'
import {dropLegacyFile, mapLimit, readEntry, sweepEntries, writeEntry, type EntryStore} from './entry-store.ts'
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
 * checked again. Stored beside the summary cache, never in the content tree: one file per page
 * (`results/ab/cdef….json`), so a run writes only the pages it checked.
 */
export class ResultCache {
  readonly entries: Map<string, ResultEntry>
  readonly #store: EntryStore | undefined
  readonly #written = new Set<string>()
  #live: ReadonlySet<string> | undefined

  private constructor(store: EntryStore | undefined, entries: Map<string, ResultEntry>) {
    this.#store = store
    this.entries = entries
  }

  /** Load the entries of pages `ids` from the cache in `dir` made under `key` (Lockstep version and config); without what is stale or not of this version's shape. */
  static async load(dir: string | undefined, key: string, ids: readonly string[]): Promise<ResultCache> {
    if (!dir) return new ResultCache(undefined, new Map())
    await dropLegacyFile(dir, 'results.json')
    const store = {folder: path.join(dir, 'results'), key: `${key}:${format}`}
    const entries = new Map<string, ResultEntry>()
    await mapLimit(ids, 32, async (id) => {
      // A page's findings are its own: an entry holding another page's is not one this version wrote.
      const entry = await readEntry(store, id, resultEntrySchema, (read) => read.diagnostics.every((diagnostic) => `${diagnostic.locale}/${diagnostic.page}` === id))
      if (entry) entries.set(id, entry)
    })
    return new ResultCache(store, entries)
  }

  /** Record a page's result for next time. */
  set(id: string, entry: ResultEntry): void {
    this.entries.set(id, entry)
    this.#written.add(id)
  }

  /** Keep only these pages (others were removed). */
  retain(ids: ReadonlySet<string>): void {
    this.#live = ids
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id)
  }

  /** Write the pages' entries that changed and remove those of pages gone; a failure to write only costs speed next time. */
  async save(): Promise<void> {
    const store = this.#store
    if (!store) return
    const cleaned = new Set<string>()
    await mapLimit([...this.#written].filter((id) => this.entries.has(id)), 16, (id) => writeEntry(store, id, this.entries.get(id), cleaned))
    await sweepEntries(store, this.#live ?? new Set(this.entries.keys()))
  }
}
