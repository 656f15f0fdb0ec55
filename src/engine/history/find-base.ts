import type {Ancestry} from './ancestry.ts'
import type {FileLog} from './read-file-log.ts'
import type {CommitGraph} from './read-graph.ts'
import type {Repo} from './find-repo.ts'
import {sourceCommits} from './source-commits.ts'
import type {Base} from './types.ts'

/** What the history stage knows about the repository, shared by every page. */
export interface HistoryIndex {
  repo: Repo
  graph: CommitGraph
  log: FileLog
  ancestry: Ancestry
  /** Pins resolved to full commit hashes and dates (`null`: does not resolve). */
  pins: Map<string, {commit: string; date: string | null} | null>
}

/** A translation's base before the source at it is read. */
export interface FoundBase {
  base: Base
  behind: number | null
  /** Source file (repository-relative) at the base commit. */
  sourceFile?: string
  /** Source commits since the base left out for an ignore keyword. */
  skipped?: number
  reason?: string
  pinError?: string
}

/**
 * Find the source revision a translation corresponds to: its pin if it has one, else the last
 * commit (by ancestry, skipping ignored ones) that touched the translation. `behind` counts the
 * source file's commits that are not ancestors of the base.
 */
export function findBase(index: HistoryIndex, translationFile: string, sourceFile: string, pin: string | undefined): FoundBase {
  const {graph, log, ancestry, repo} = index
  let commit: string
  let date: string | null
  let from: 'pin' | 'history'
  if (pin !== undefined) {
    // Only hashes were looked up (`readHistory`): anything else is a pin that names no commit.
    if (!index.pins.has(pin)) return {base: {commit: null, date: null, from: 'unknown'}, behind: null, pinError: `Pinned source commit \`${pin}\` is not a commit hash`}
    const resolved = index.pins.get(pin)
    if (!resolved) {
      const base = {commit: null, date: null, from: 'unknown'} as const
      // A shallow clone (CI's default) cannot tell a wrong pin from one beyond its history: unknown, not an error.
      if (repo.shallow.size > 0) return {base, behind: null, reason: `the pinned commit \`${pin}\` is not in this shallow clone`}
      return {base, behind: null, pinError: `Pinned source commit \`${pin}\` does not resolve (no such commit in this repository)`}
    }
    ;({commit, date} = resolved)
    from = 'pin'
  } else {
    // Following renames: a translation moved in an ignored commit (`zh/` to `zh-cn/`) keeps its base.
    const last = sourceCommits(log, translationFile).find((entry) => !entry.ignored)
    if (!last) return {base: {commit: null, date: null, from: 'unknown'}, behind: null, reason: 'the translation has no commit yet'}
    // At a shallow clone's boundary every file looks added: the real last change is further back.
    if (repo.shallow.has(last.hash)) return {base: {commit: null, date: null, from: 'unknown'}, behind: null, reason: 'the history of this shallow clone ends before the translation’s last change'}
    commit = last.hash
    date = isoDate(graph.get(commit)?.time)
    from = 'history'
  }
  const commits = sourceCommits(log, sourceFile)
  if (!graph.has(commit)) return {base: {commit, date, from}, behind: null, sourceFile, reason: 'the base is not an ancestor of HEAD'}
  const seen = ancestry.of(commit)
  let nameThen = sourceFile
  for (const entry of commits) {
    if (entry.from === undefined) continue
    if (seen.has(entry.hash)) break
    nameThen = entry.from
  }
  const since = commits.filter((entry) => !seen.has(entry.hash))
  const behind = since.filter((entry) => !entry.ignored).length
  return {base: {commit, date, from}, behind, sourceFile: nameThen, skipped: since.length - behind}
}

/** A git committer time as ISO 8601 (UTC). */
export function isoDate(seconds: number | undefined): string | null {
  return seconds === undefined || !Number.isFinite(seconds) ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}
