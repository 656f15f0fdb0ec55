import path from 'node:path'
import {z} from 'zod'
import type {Alignment} from '../align/types.ts'
import type {Diagnostic, LanguageVerdict} from '../rules/types.ts'
import {dropLegacyFile, mapLimit, readEntry, readEntryRest, sweepEntries, writeEntry, type EntryStore} from './entry-store.ts'
import {resultEntrySchema, verdictsSchema} from './cache-schema.ts'
import {conforms} from './conforms.ts'

/** What is kept per page between runs: its alignment and its findings, each with the key it was made under. */
export interface ResultEntry {
  /** The source and translation contents the alignment was made from, and whether its pairs have their reasons (`explain`). */
  alignmentKey: string
  alignment?: Alignment
  /** Hash of the two files' contents and the page's own inputs besides them (their paths, its history). */
  diagnosticsKey: string
  /** What the rules read of other pages while finding these (`anchors`, fragments, front-matter keys), one string each. */
  reads: string[]
  /** Hash of the answers those reads gave: the findings stand while the same reads give the same answers. */
  readsKey: string
  diagnostics: Diagnostic[]
  /** The language verdicts the page's rules asked for (`languageCheck`), asked again of the cache when the page is checked again. */
  verdicts?: Record<string, LanguageVerdict>
}

/** Bumped when a cached field is added (findings' `difference`) or the layout changes (verdicts on a line of their own), so older entries are not read back. */
const format = 4

/** A group file as read: `locale/page` → entry, each validated only when asked for. */
const groupSchema = z.record(z.string(), z.unknown())

/** A group file's second line: `locale/page` → the verdicts its rules asked for. */
const groupVerdictsSchema = z.record(z.string(), verdictsSchema)

/**
 * Alignments and findings per page from the last run, so an unchanged page is not aligned or
 * checked again. Stored beside the summary cache, never in the content tree: one file per page
 * key holding that page's entries in every locale (`results/ab/cdef….json`), so a run writes only
 * the pages it checked, and an unchanged run opens one file per page rather than one per page and
 * locale (8,455 entries of OpenTelemetry are 1,060 files). A group's language verdicts, a fifth of
 * its bytes and wanted only when a page is checked again, are on the file's second line, read then.
 */
export class ResultCache {
  readonly entries: Map<string, ResultEntry>
  readonly #store: EntryStore | undefined
  readonly #written = new Set<string>()
  /** Each group's verdicts from the cache (its file's second line), read when first asked for. */
  readonly #verdicts = new Map<string, Record<string, Record<string, LanguageVerdict>>>()
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
    await mapLimit([...groupIds(ids)], 32, async ([page, members]) => {
      const group = await readEntry(store, page, groupSchema)
      if (!group) return
      for (const id of members) {
        const entry = group[id]
        // A page's findings are its own: an entry holding another page's is not one this version wrote.
        if (conforms(resultEntrySchema, entry) && (entry as ResultEntry).diagnostics.every((diagnostic) => `${diagnostic.locale}/${diagnostic.page}` === id)) entries.set(id, entry as ResultEntry)
      }
    })
    return new ResultCache(store, entries)
  }

  /** Whether `save` writes anything: without a cache folder nothing is kept for next time. */
  get writes(): boolean {
    return this.#store !== undefined
  }

  /** The language verdicts page `id` asked for when last checked: this run's, or the cache's. */
  verdicts(id: string): Readonly<Record<string, LanguageVerdict>> | undefined {
    const entry = this.entries.get(id)
    if (!entry) return undefined
    if (this.#written.has(id)) return entry.verdicts
    return this.#cachedVerdicts(pageOf(id))[id]
  }

  #cachedVerdicts(page: string): Record<string, Record<string, LanguageVerdict>> {
    let group = this.#verdicts.get(page)
    if (!group) this.#verdicts.set(page, (group = (this.#store && readEntryRest(this.#store, page, groupVerdictsSchema)) || {}))
    return group
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

  /**
   * Write the groups of the pages whose entries changed, and remove those of page keys gone; a
   * failure to write only costs speed next time. A group is written whole, from this run's
   * entries of its page: an entry of a locale gone since goes with the next write of its group.
   */
  async save(): Promise<void> {
    const store = this.#store
    if (!store) return
    const groups = groupIds(this.entries.keys())
    const changed = new Set([...this.#written].filter((id) => this.entries.has(id)).map((id) => pageOf(id)))
    const cleaned = new Set<string>()
    await mapLimit([...changed], 16, (page) => {
      const members = groups.get(page)!
      const entries = members.map((id) => {
        const {verdicts, ...entry} = this.entries.get(id)!
        return [id, entry] as const
      })
      // The verdicts of the group's pages not checked this run are carried over from the file being replaced.
      const verdicts = members.flatMap((id) => {
        const asked = this.verdicts(id)
        return asked && Object.keys(asked).length > 0 ? [[id, asked] as const] : []
      })
      return writeEntry(store, page, Object.fromEntries(entries), cleaned, Object.fromEntries(verdicts))
    })
    await sweepEntries(store, new Set(groupIds(this.#live ?? this.entries.keys()).keys()))
  }
}

/** `locale/page` ids by page key (a page key may contain slashes, a locale never does). */
function groupIds(ids: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const id of ids) {
    const page = pageOf(id)
    const members = groups.get(page)
    if (members) members.push(id)
    else groups.set(page, [id])
  }
  return groups
}

function pageOf(id: string): string {
  return id.slice(id.indexOf('/') + 1)
}
