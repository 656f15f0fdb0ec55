import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {hashBytes, summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {version} from '../version.ts'
import type {PageFile} from './find-pages.ts'

/** Options of `summarizeFiles`. */
export interface SummarizeOptions {
  config: Config
  /** Folder for the summary cache; no cache when absent. */
  cacheDir?: string
  onProgress?: (done: number, total: number) => void
}

interface CacheFile {
  key: string
  entries: Record<string, PageSummary>
}

/**
 * Read pages into summaries, answering unchanged pages from a cache of compact summaries
 * keyed by content hash (and by Lockstep version and config, which change what a summary holds).
 *
 * The cache lives outside the content tree and is rewritten only when something changed.
 */
export function summarizeFiles(options: SummarizeOptions) {
  return async (files: PageFile[], locales: ReadonlySet<string>): Promise<PageSummary[]> => {
    const configKey = createHash('sha1').update(JSON.stringify([version, options.config, [...locales].sort()])).digest('hex')
    const cacheFile = options.cacheDir ? path.join(options.cacheDir, 'summaries.json') : undefined
    let cached: Record<string, PageSummary> = {}
    if (cacheFile) {
      try {
        const parsed = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as CacheFile
        if (parsed.key === configKey) cached = parsed.entries
      } catch {
        // No cache yet, or an unreadable one: start afresh.
      }
    }
    const fresh: Record<string, PageSummary> = {}
    let changed = false
    const summaries: PageSummary[] = []
    for (const [index, file] of files.entries()) {
      let bytes: Uint8Array
      try {
        bytes = await fs.readFile(file.path)
      } catch (error) {
        summaries.push(unreadable(file, (error as Error).message))
        continue
      }
      const key = `${file.file}\u0000${hashBytes(bytes)}`
      let summary = cached[key]
      if (!summary) {
        summary = summarizePage(bytes, {file: file.file, locale: file.locale, page: file.page, locales}, options.config)
        changed = true
      }
      fresh[key] = summary
      summaries.push(summary)
      options.onProgress?.(index + 1, files.length)
    }
    if (cacheFile && (changed || Object.keys(cached).length !== Object.keys(fresh).length)) {
      await fs.mkdir(path.dirname(cacheFile), {recursive: true})
      const temporary = `${cacheFile}.${process.pid}.tmp`
      await fs.writeFile(temporary, JSON.stringify({key: configKey, entries: fresh} satisfies CacheFile))
      await fs.rename(temporary, cacheFile)
    }
    return summaries
  }
}

/** The summary of a page that could not even be read. */
export function unreadable(file: PageFile, reason: string): PageSummary {
  return {
    file: file.file,
    locale: file.locale,
    page: file.page,
    hash: '',
    frontmatter: null,
    frontmatterLines: {},
    sections: [],
    anchors: [],
    problems: [{ruleId: 'parse-error', message: `Cannot read file: ${reason}`, line: 1, column: 1}],
    failed: true
  }
}
