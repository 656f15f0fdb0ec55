import fs from 'node:fs/promises'
import path from 'node:path'
import type {Alignment} from '../align/types.ts'
import type {Diagnostic} from '../rules/types.ts'

/** What is kept per page between runs: its alignment and its findings, each with the key it was made under. */
export interface ResultEntry {
  /** Hash of the source and translation contents the alignment was made from. */
  alignmentKey: string
  alignment?: Alignment
  /** `alignmentKey` plus what the findings depend on elsewhere (ids of the pages the page links to). */
  diagnosticsKey: string
  diagnostics: Diagnostic[]
}

/** Bumped when a cached field is added (findings' `difference`), so older entries are not read back. */
const format = 2

interface ResultFile {
  key: string
  entries: Record<string, ResultEntry>
}

/**
 * Alignments and findings per page from the last run, so an unchanged page is not aligned or
 * checked again. Stored as one JSON file beside the summary cache, never in the content tree.
 */
export class ResultCache {
  readonly entries: Map<string, ResultEntry>
  readonly #file: string | undefined
  readonly #key: string
  #changed = false

  private constructor(file: string | undefined, key: string, entries: Record<string, ResultEntry>) {
    this.#file = file
    this.#key = key
    this.entries = new Map(Object.entries(entries))
  }

  /** Load the cache in `dir` made under `key` (Lockstep version and config); empty when absent or stale. */
  static async load(dir: string | undefined, key: string): Promise<ResultCache> {
    key = `${key}:${format}`
    if (!dir) return new ResultCache(undefined, key, {})
    const file = path.join(dir, 'results.json')
    try {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as ResultFile
      return new ResultCache(file, key, parsed.key === key ? parsed.entries : {})
    } catch {
      return new ResultCache(file, key, {})
    }
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
    try {
      await fs.mkdir(path.dirname(this.#file), {recursive: true})
      const temporary = `${this.#file}.${process.pid}.tmp`
      await fs.writeFile(temporary, JSON.stringify({key: this.#key, entries: Object.fromEntries(this.entries)} satisfies ResultFile))
      await fs.rename(temporary, this.#file)
    } catch {}
  }
}
