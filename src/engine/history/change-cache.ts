import fs from 'node:fs/promises'
import path from 'node:path'
import type {SourceChanges} from './types.ts'

/** Bumped when `SourceChanges` gains a field, so entries written without it are not read back. */
const format = 2

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

  private constructor(file: string | undefined, key: string, entries: Record<string, SourceChanges>) {
    this.#file = file
    this.#key = key
    this.#old = new Map(Object.entries(entries))
  }

  /** Load the cache in `dir` made under `key` (Lockstep version and config); empty when absent or stale. */
  static async load(dir: string | undefined, key: string): Promise<ChangeCache> {
    key = `${key}:${format}`
    if (!dir) return new ChangeCache(undefined, key, {})
    const file = path.join(dir, 'history.json')
    try {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as {key: string; entries: Record<string, SourceChanges>}
      return new ChangeCache(file, key, parsed.key === key ? parsed.entries : {})
    } catch {
      return new ChangeCache(file, key, {})
    }
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
    try {
      await fs.mkdir(path.dirname(this.#file), {recursive: true})
      const temporary = `${this.#file}.${process.pid}.tmp`
      await fs.writeFile(temporary, JSON.stringify({key: this.#key, entries: Object.fromEntries(this.#used)}))
      await fs.rename(temporary, this.#file)
    } catch {}
  }
}
