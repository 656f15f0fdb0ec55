import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {readCacheFile, writeCacheFile} from '../cache/cache-file.ts'
import {gitIndexSchema, type GitIndexEntry} from '../cache/cache-schema.ts'
import {readFileLog, type FileLog} from './read-file-log.ts'
import {readGraph, type CommitGraph} from './read-graph.ts'
import {runGit} from './run-git.ts'

/** What the history stage reads from git whatever the pages: the commit graph and the content folder's file log. */
export interface GitIndex {
  graph: CommitGraph
  log: FileLog
  /** The key the index is cached under (everything it is fixed by); none without a cache folder or when git cannot name the tip. */
  key?: string
}

/** Options of `readGitIndex`. */
export interface ReadGitIndexOptions {
  root: string
  /** The content folder, relative to `root`. */
  pathspec: string
  ignoreKeywords: readonly string[]
  /** Folder of the cache; every run reads git when absent. */
  cacheDir?: string
  /** Key of the cache (Lockstep version and config). */
  cacheKey?: string
}

/**
 * Read the commit graph and the file log, or take them from the cache when the graph's tip is
 * the one they were read at: both are fixed by the tip (commits never change), the content
 * folder and the ignore keywords. A shallow clone deepened under the same tip has another graph,
 * so git's list of shallow commits is part of the key. One `rev-parse` replaces two `git log`s.
 */
export async function readGitIndex(options: ReadGitIndexOptions): Promise<GitIndex> {
  const read = async (): Promise<GitIndex> => {
    const [graph, log] = await Promise.all([readGraph(options.root), readFileLog(options.root, options.pathspec, options.ignoreKeywords)])
    return {graph, log}
  }
  if (!options.cacheDir) return read()
  const tip = await graphTip(options.root)
  if (!tip) return read()
  const file = path.join(options.cacheDir, 'history-index.json')
  const key = createHash('sha1').update(JSON.stringify([options.cacheKey ?? '', tip.id, options.pathspec, options.ignoreKeywords])).digest('hex')
  const cached = (await readCacheFile(file, key, gitIndexSchema)).get('index')
  if (cached) return {...fromEntry(cached), key}
  const index = await read()
  // Only an index read at this tip is kept under it (a commit made meanwhile moves the tip).
  if (index.graph.keys().next().value !== tip.head) return index
  await writeCacheFile(file, key, [['index', toEntry(index)]])
  return {...index, key}
}

/** HEAD's commit and, for a shallow clone, the list of shallow commits; undefined when git cannot say. */
async function graphTip(root: string): Promise<{head: string; id: string} | undefined> {
  try {
    const [head, shallow] = (await runGit(root, ['rev-parse', 'HEAD', '--git-path', 'shallow'])).toString('utf8').split('\n')
    const shallowList = await fs.readFile(path.resolve(root, shallow!), 'utf8').catch(() => '')
    return {head: head!, id: `${head}\u0000${shallowList}`}
  } catch {
    return undefined
  }
}

function toEntry(index: GitIndex): GitIndexEntry {
  return {graph: [...index.graph].map(([hash, commit]) => [hash, commit.time, commit.parents]), log: [...index.log]}
}

function fromEntry(entry: GitIndexEntry): GitIndex {
  return {graph: new Map(entry.graph.map(([hash, time, parents]) => [hash, {parents, time}])), log: new Map(entry.log)}
}
