import fs from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import type {PageSummary} from '../sections/types.ts'
import {Ancestry} from './ancestry.ts'
import {ChangeCache} from './change-cache.ts'
import {classifyChanges} from './classify-changes.ts'
import {findBase, isoDate, type HistoryIndex} from './find-base.ts'
import {findRepo} from './find-repo.ts'
import {readFileLog} from './read-file-log.ts'
import {readGraph} from './read-graph.ts'
import {readObjects, type GitObject} from './read-objects.ts'
import type {PageHistory} from './types.ts'

/** A translated page whose staleness is wanted. */
export interface HistoryRequest {
  /** `locale/page`, the key of the result. */
  id: string
  source: PageSummary
  target: PageSummary
}

/** Options of `readHistory`. */
export interface ReadHistoryOptions {
  config: Config
  /** Folder the summaries' paths are relative to. */
  cwd: string
  /** The content folder (relative to `cwd`): the only part of the history read. */
  contentDir: string
  locales: ReadonlySet<string>
  requests: readonly HistoryRequest[]
  /** Keep the source text at the base (for `lockstep diff`). */
  keepText?: boolean
  /** Folder for the cache of changes per base blob; no cache when absent. */
  cacheDir?: string
  /** Key of the cache (Lockstep version and config). */
  cacheKey?: string
}

/**
 * The history stage: for each translated page, its base, how many source commits it is behind,
 * and what changed in the source since, section by section.
 *
 * Git runs a fixed number of times whatever the number of pages: one `rev-parse`, one `log` for
 * the graph, one `log --name-status` for the content folder, and `cat-file` batches for pins and
 * for the source at every distinct base. Never throws: without git, a repository or enough
 * history, a page's base is `unknown`.
 */
export async function readHistory(options: ReadHistoryOptions): Promise<Map<string, PageHistory>> {
  const result = new Map<string, PageHistory>()
  const unknown = (reason: string) => {
    for (const request of options.requests) result.set(request.id, {base: {commit: null, date: null, from: 'unknown'}, behind: null, reason})
    return result
  }
  const settings = options.config.history
  if (!settings.enabled) return unknown('history is turned off in the config')
  if (options.requests.length === 0) return result
  let content: string
  try {
    content = await fs.realpath(path.resolve(options.cwd, options.contentDir))
  } catch {
    return unknown('the content folder cannot be read')
  }
  const repo = await findRepo(content)
  if (!repo) return unknown('not in a git repository with commits')
  const cwd = await fs.realpath(options.cwd)
  const inRepo = (file: string) => path.relative(repo.root, path.resolve(cwd, file)).split(path.sep).join('/')

  let index: HistoryIndex
  try {
    const pathspec = path.relative(repo.root, content).split(path.sep).join('/')
    const [graph, log] = await Promise.all([readGraph(repo.root), readFileLog(repo.root, pathspec, settings.ignoreKeywords)])
    const pins = new Map<string, {commit: string; date: string | null} | null>()
    const pinNames = new Set<string>()
    for (const request of options.requests) {
      const pin = pinOf(request.target, settings.pinKey)
      if (pin !== undefined) pinNames.add(pin)
    }
    const objects = await readObjects(repo.root, [...pinNames].map((pin) => `${pin}^{commit}`), {content: true})
    for (const pin of pinNames) {
      const object = objects.get(`${pin}^{commit}`)
      if (!object) pins.set(pin, null)
      else pins.set(pin, {commit: object.oid, date: isoDate(graph.get(object.oid)?.time ?? committerTime(object.content))})
    }
    index = {repo, graph, log, ancestry: new Ancestry(graph), pins}
  } catch (error) {
    return unknown(`git could not be read: ${(error as Error).message}`)
  }

  const found = options.requests.map((request) => {
    const pin = pinOf(request.target, settings.pinKey)
    return findBase(index, inRepo(request.target.file), inRepo(request.source.file), pin)
  })
  const blobName = (at: {base: {commit: string | null}; sourceFile?: string}) => `${at.base.commit}:${at.sourceFile}`
  let blobs = new Map<string, GitObject | null>()
  try {
    blobs = await readObjects(repo.root, found.filter((at) => at.base.commit && at.sourceFile).map(blobName), {content: true})
  } catch {}

  const summaries = new Map<string, PageSummary>()
  const changes = await ChangeCache.load(options.cacheDir, options.cacheKey ?? '')
  for (const [position, request] of options.requests.entries()) {
    const at = found[position]!
    const history: PageHistory = {base: at.base, behind: at.behind}
    if (at.reason) history.reason = at.reason
    if (at.pinError) history.pinError = at.pinError
    result.set(request.id, history)
    if (!at.base.commit || !at.sourceFile) continue
    history.baseFile = at.sourceFile
    const blob = blobs.get(blobName(at))
    if (!blob?.content) {
      history.reason = `the source file is not at ${at.base.commit.slice(0, 7)}`
      continue
    }
    if (options.keepText) history.baseText = blob.content.toString('utf8')
    const source = request.source
    // Only ignored commits since the base: the source counts as unchanged.
    if (at.behind === 0 && (at.skipped ?? 0) > 0) {
      history.changes = {sections: source.sections.map((_, index) => ({change: 'unchanged', kinds: []})), removed: [], trivial: false, unchanged: true}
      continue
    }
    const file = path.relative(cwd, path.join(repo.root, at.sourceFile)).split(path.sep).join('/')
    const summaryKey = `${blob.oid}\u0000${source.page}\u0000${file}`
    const changeKey = `${blob.oid}\u0000${source.page}\u0000${file}\u0000${source.hash}`
    let change = changes.get(changeKey)
    if (!change) {
      let before = summaries.get(summaryKey)
      if (!before) {
        before = summarizePage(blob.content, {file, locale: source.locale, page: source.page, locales: options.locales}, options.config)
        summaries.set(summaryKey, before)
      }
      change = classifyChanges(before, source, settings.typoChars)
      changes.set(changeKey, change)
    }
    history.changes = change
  }
  await changes.save()
  return result
}

/** The pin in a translation's front matter, as a string (YAML reads an all-digit hash as a number). */
function pinOf(target: PageSummary, key: string): string | undefined {
  const value = target.frontmatter?.[key]
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

/** Committer time of a raw commit object. */
function committerTime(content: Buffer | undefined): number | undefined {
  const match = content?.toString('utf8').match(/^committer .* (\d+) [+-]\d{4}$/m)
  return match ? Number(match[1]) : undefined
}
