import fs from 'node:fs/promises'
import {lstatSync, realpathSync} from 'node:fs'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import type {Summarize} from '../content/summary-pool.ts'
import type {PageSummary} from '../sections/types.ts'
import {Ancestry} from './ancestry.ts'
import {ChangeCache} from './change-cache.ts'
import {classifyChanges, unchangedSince} from './classify-changes.ts'
import {findBase, isoDate, type FoundBase, type HistoryIndex} from './find-base.ts'
import {findContentRepo, type Repo} from './find-repo.ts'
import {foundBases, type BaseRequest} from './found-bases.ts'
import {lunariaKeywords} from './lunaria-keywords.ts'
import type {FileLog} from './read-file-log.ts'
import type {CommitGraph} from './read-graph.ts'
import {readGitIndex} from './read-git-index.ts'
import {readBaseObjects} from './base-objects.ts'
import {readContents, readObjects, type GitObject} from './read-objects.ts'
import {pinNamesOf, pinOf} from './pins.ts'
import {sourcesAtBases, type SourceAtBase} from './sources-at-bases.ts'
import {stillTranslated} from './still-translated.ts'
import type {PageHistory, SourceChanges} from './types.ts'

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
  /** Keep the source text at the base and its summary (for diffs: `lockstep diff`, the site). */
  keepText?: boolean
  /** Folder for the cache of changes per base blob; no cache when absent. */
  cacheDir?: string
  /** Key of the cache (Lockstep version and config). */
  cacheKey?: string
  /** The git reads, when the caller started them early (`openHistory`). */
  opened?: Promise<OpenedHistory>
  /** Reads the source pages at the bases (e.g. on worker threads); defaults to this thread. */
  summarize?: Summarize
}

/** The repository's history as read once per run, before any page is known; or why it cannot be. */
export type OpenedHistory = {repo: Repo; graph: CommitGraph; log: FileLog; indexKey?: string} | {reason: string}

/**
 * Read what the history stage needs from git that does not depend on the pages: the repository,
 * the commit graph, and which commits touched which content files. It needs only the content
 * folder, so a check starts it before parsing and the git processes run while pages are parsed.
 * Never throws.
 */
export async function openHistory(options: {config: Config; cwd: string; contentDir: string; cacheDir?: string; cacheKey?: string}): Promise<OpenedHistory> {
  const found = await findContentRepo(options)
  if ('reason' in found) return found
  const {repo, content} = found
  try {
    const pathspec = path.relative(repo.root, content).split(path.sep).join('/')
    // A repository tracked with Lunaria: its ignore keywords are ours too.
    const keywords = [...options.config.history.ignoreKeywords, ...(await lunariaKeywords(content, repo.root))]
    const {graph, log, key} = await readGitIndex({root: repo.root, pathspec, ignoreKeywords: keywords, ...(options.cacheDir ? {cacheDir: options.cacheDir, cacheKey: options.cacheKey} : {})})
    return {repo, graph, log, ...(key === undefined ? {} : {indexKey: key})}
  } catch (error) {
    return {reason: `git could not be read: ${(error as Error).message}`}
  }
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
  const opened = await (options.opened ?? openHistory(options))
  if ('reason' in opened) return unknown(opened.reason)
  const {repo} = opened
  const cwd = await fs.realpath(options.cwd)
  const found = await findBases(opened, options.requests, cwd, settings.pinKey, options.cacheDir)
  if (!Array.isArray(found)) return unknown(found.reason)
  const blobName = (at: {base: {commit: string | null}; sourceFile?: string}) => `${at.base.commit}:${at.sourceFile}`
  // Ids only: a source at its base is read when a comparison is not in the cache (or the text is kept).
  let blobs = new Map<string, GitObject | null>()
  try {
    blobs = await readBaseObjects(repo.root, found.filter((at) => at.base.commit && at.sourceFile).map(blobName), options.cacheDir)
  } catch {}

  // First what each page needs, then the source at every base to compare (from the cache, else
  // read from git in one batch and parsed on the caller's threads), then the comparisons.
  const changes = await ChangeCache.load(options.cacheDir, options.cacheKey ?? '')
  const withText: Array<{history: PageHistory; blob: GitObject; source: PageSummary}> = []
  const pending: Array<{history: PageHistory; source: PageSummary; target: PageSummary; summaryKey: string; changeKey: string}> = []
  const toCompare = new Map<string, SourceAtBase>()
  // The sources at the bases that differ from now, compared or not this run: their summaries stay in the cache.
  const live = new Set<string>()
  for (const [position, request] of options.requests.entries()) {
    const at = found[position]!
    const history: PageHistory = {base: at.base, behind: at.behind}
    if (at.reason) history.reason = at.reason
    if (at.pinError) history.pinError = at.pinError
    result.set(request.id, history)
    if (!at.base.commit || !at.sourceFile) continue
    history.baseFile = at.sourceFile
    const blob = blobs.get(blobName(at))
    if (blob?.type !== 'blob') {
      history.reason = `the source file is not at ${at.base.commit.slice(0, 7)}`
      continue
    }
    const source = request.source
    if (options.keepText) withText.push({history, blob, source})
    // Only ignored commits since the base: the source counts as unchanged.
    if (at.behind === 0 && (at.skipped ?? 0) > 0) {
      history.changes = {sections: source.sections.map(() => ({change: 'unchanged', kinds: []})), removed: [], trivial: false, unchanged: true}
      continue
    }
    // The same bytes as now (most translations are up to date; a page's hash is its git blob id): nothing to read or compare.
    if (blob.oid === source.hash) {
      history.changes = unchangedSince(source)
      if (options.keepText) history.baseSummary = source
      continue
    }
    const file = path.relative(cwd, path.join(repo.root, at.sourceFile)).split(path.sep).join('/')
    const summaryKey = `${blob.oid}\u0000${source.page}\u0000${file}`
    // The translation counts too: a section removed from both is not news (`stillTranslated`).
    const changeKey = `${summaryKey}\u0000${source.hash}\u0000${request.target.hash}`
    live.add(summaryKey)
    const change = changes.get(changeKey)
    if (change) history.changes = change
    // With the text kept (for diffs), the source at the base is read anyway: its sections place the diff.
    if (change && !options.keepText) continue
    pending.push({history, source, target: request.target, summaryKey, changeKey})
    toCompare.set(summaryKey, {oid: blob.oid, page: {file, locale: source.locale, page: source.page}})
  }

  let contents: Map<string, Buffer> | undefined
  if (withText.length > 0) contents = await readContents(repo.root, withText.map(({blob}) => blob.oid)).catch(() => new Map<string, Buffer>())
  for (const {history, blob} of withText) {
    const content = contents?.get(blob.oid)
    if (content) history.baseText = content.toString('utf8')
  }
  const bases = await sourcesAtBases(toCompare, {config: options.config, locales: options.locales, root: repo.root, cacheDir: options.cacheDir, cacheKey: options.cacheKey, contents, summarize: options.summarize, live})
  // Translations made at the same version of a source page share its comparison (OTel: 353 pairs, 267 versions).
  const compared = new Map<string, SourceChanges>()
  for (const {history, source, target, summaryKey, changeKey} of pending) {
    const base = bases.get(summaryKey)
    if (!base) {
      // Gone since its id was read (a repository changed under the run): no comparison.
      history.reason = `the source file is not at ${history.base.commit!.slice(0, 7)}`
      delete history.changes
      continue
    }
    if (options.keepText) history.baseSummary = base
    let change = changes.get(changeKey)
    if (!change) {
      const versions = `${summaryKey}\u0000${source.hash}`
      let classified = compared.get(versions)
      if (!classified) {
        classified = classifyChanges(base, source, settings.typoChars, settings.frontmatterKeys)
        compared.set(versions, classified)
      }
      change = stillTranslated(classified, base, target)
      changes.set(changeKey, change)
    }
    history.changes = change
  }
  await changes.save()
  return result
}

/**
 * Each request's base (`findBase`): its pin, resolved with every other pin in one `cat-file` batch,
 * else the translation's last commit; or why git cannot be read. Bases found in this history
 * before come from the cache (`foundBases`).
 */
async function findBases(opened: Exclude<OpenedHistory, {reason: string}>, requests: readonly HistoryRequest[], cwd: string, pinKey: string, cacheDir: string | undefined): Promise<FoundBase[] | {reason: string}> {
  const {repo, graph, log} = opened
  // A page that is a symbolic link has the history of the file it points to: git keeps only the
  // link's target text under the link's own name. Resolved once per file (a source page is asked
  // for by each of its translations) and synchronously (thousands of promise calls each went
  // through the thread pool): a file that is no link is its real folder and its name, each folder
  // resolved once (a real path a file took an edit run of the 12,000-commit stand-in 66 ms).
  const paths = new Map<string, string>()
  const folders = new Map<string, string>()
  const realFolder = (folder: string) => {
    let real = folders.get(folder)
    if (real === undefined) {
      try {
        real = realpathSync.native(folder)
      } catch {
        real = folder
      }
      folders.set(folder, real)
    }
    return real
  }
  const inRepo = (file: string) => {
    let inside = paths.get(file)
    if (inside === undefined) {
      const absolute = path.resolve(cwd, file)
      let real = absolute
      try {
        real = lstatSync(absolute).isSymbolicLink() ? realpathSync.native(absolute) : path.join(realFolder(path.dirname(absolute)), path.basename(absolute))
      } catch {}
      paths.set(file, (inside = path.relative(repo.root, real).split(path.sep).join('/')))
    }
    return inside
  }
  let pins: HistoryIndex['pins']
  try {
    pins = new Map()
    const pinNames = pinNamesOf(requests.map((request) => request.target), pinKey)
    const objects = await readObjects(repo.root, [...pinNames].map((pin) => `${pin}^{commit}`), {content: true})
    for (const pin of pinNames) {
      const object = objects.get(`${pin}^{commit}`)
      if (!object) pins.set(pin, null)
      else pins.set(pin, {commit: object.oid, date: isoDate(graph.get(object.oid)?.time ?? committerTime(object.content))})
    }
  } catch (error) {
    return {reason: `git could not be read: ${(error as Error).message}`}
  }
  // The ancestry is made only when a base is not in the cache.
  let index: HistoryIndex | undefined
  const bases: BaseRequest[] = requests.map((request) => {
    const pin = pinOf(request.target, pinKey)
    const resolved = pin === undefined ? undefined : (pins.get(pin)?.commit ?? null)
    return {target: inRepo(request.target.file), source: inRepo(request.source.file), pin, resolved}
  })
  return foundBases(bases, cacheDir, opened.indexKey, ({target, source, pin}) => findBase((index ??= {repo, graph, log, ancestry: new Ancestry(graph), pins}), target, source, pin))
}

/** Committer time of a raw commit object. */
function committerTime(content: Buffer | undefined): number | undefined {
  const match = content?.toString('utf8').match(/^committer .* (\d+) [+-]\d{4}$/m)
  return match ? Number(match[1]) : undefined
}
