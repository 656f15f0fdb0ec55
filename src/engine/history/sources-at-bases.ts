import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {summarizeJob, type Summarize, type SummaryJob} from '../content/summary-pool.ts'
import {mapLimit, readEntry, readEntryRest, sweepEntries, writeEntry, type EntryStore} from '../cache/entry-store.ts'
import {sectionBodiesSchema, summaryHeadSchema} from '../cache/cache-schema.ts'
import {lazySections, splitSummary} from '../cache/lazy-sections.ts'
import {summarizePage, type PageLocation} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {readContents} from './read-objects.ts'
import {readBlobSync} from './run-git.ts'

/** A source page at a translation's base: its blob, and where the page sits now. */
export interface SourceAtBase {
  oid: string
  page: Omit<PageLocation, 'locales'>
}

/** Options of `sourcesAtBases`. */
export interface SourcesAtBasesOptions {
  config: Config
  locales: ReadonlySet<string>
  /** The repository's root, where git reads the blobs. */
  root: string
  /** Folder of the cache; none without it. */
  cacheDir?: string
  cacheKey?: string
  /** The blobs' bytes the caller has read already (the texts kept for diffs), by id. */
  contents?: ReadonlyMap<string, Buffer>
  /** Reads pages (on the caller's worker threads); defaults to this thread. */
  summarize?: Summarize
  /** Keys of every source at a base still in use, compared this run or not: the cache keeps these. */
  live: ReadonlySet<string>
}

/**
 * The source pages at the bases, summarized, by key (blob, page and file): from a cache of their
 * own, where a summary is read on demand like a page's (`lazySections`); the rest read from git in
 * one batch and parsed in one go, on the caller's threads. An edited source page is so compared
 * again with each translation's base without parsing the base again, and an unchanged rebuild of the
 * site parses none of them. A blob git no longer has is left out.
 */
export async function sourcesAtBases(sources: ReadonlyMap<string, SourceAtBase>, options: SourcesAtBasesOptions): Promise<Map<string, PageSummary>> {
  const store: EntryStore | undefined = options.cacheDir ? {folder: path.join(options.cacheDir, 'base-summaries'), key: options.cacheKey ?? ''} : undefined
  const summaries = new Map<string, PageSummary>()
  if (store) {
    await mapLimit([...sources], 32, async ([key, source]) => {
      const head = await readEntry(store, key, summaryHeadSchema, (summary) => summary.file === source.page.file && summary.page === source.page.page && summary.locale === source.page.locale && !summary.failed)
      if (!head) return
      // Bodies on first use; a cache cut short reads them from the blob again.
      const again = () => splitSummary(summarizePage(readBlobSync(options.root, source.oid), {...source.page, locales: options.locales}, options.config)).bodies
      summaries.set(key, lazySections(head as unknown as PageSummary, () => readEntryRest(store, key, sectionBodiesSchema) ?? again()))
    })
  }

  const missing = [...sources].filter(([key]) => !summaries.has(key))
  const unread = missing.map(([, source]) => source.oid).filter((oid) => !options.contents?.has(oid))
  const read = unread.length > 0 ? await readContents(options.root, unread).catch(() => new Map<string, Buffer>()) : new Map<string, Buffer>()
  const jobs: Array<[string, Extract<SummaryJob, {bytes: Uint8Array}>]> = []
  for (const [key, source] of missing) {
    const bytes = options.contents?.get(source.oid) ?? read.get(source.oid)
    // A copy: the bytes are a view into git's whole output, which a thread would be sent entire.
    if (bytes) jobs.push([key, {bytes: Uint8Array.prototype.slice.call(bytes), page: source.page}])
  }
  const summarize = options.summarize ?? ((list: readonly SummaryJob[]) => Promise.all(list.map((job) => summarizeJob(job, options.config, options.locales))))
  const parsed = await summarize(jobs.map(([, job]) => job))
  for (const [position, [key]] of jobs.entries()) summaries.set(key, parsed[position]!)

  if (store) {
    const cleaned = new Set<string>()
    await mapLimit(jobs, 16, async ([key], position) => {
      const summary = parsed[position]!
      if (summary.failed) return
      const {head, bodies} = splitSummary(summary)
      await writeEntry(store, key, head, cleaned, bodies)
    })
    await sweepEntries(store, new Set([...options.live].filter((key) => !summaries.get(key)?.failed)))
  }
  return summaries
}
