import fs from 'node:fs'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {runGit} from './run-git.ts'

/** The git repository a content folder lives in. */
export interface Repo {
  /** Absolute, real path of the work tree's top. */
  root: string
  /** The commit HEAD names. */
  head: string
  /** Commits whose parents a shallow clone does not have: history before them is unknown. */
  shallow: ReadonlySet<string>
}

/**
 * The repository holding `dir`, or why there is none to read: no git, no repository, no commit
 * yet, or a repository git refuses to read (owned by another user, common in CI containers).
 */
export async function findRepo(dir: string): Promise<Repo | {reason: string}> {
  let lines: string[]
  try {
    lines = (await runGit(dir, ['rev-parse', '--show-toplevel', '--git-path', 'shallow', '--verify', '-q', 'HEAD'])).toString('utf8').trim().split('\n')
  } catch (error) {
    const message = (error as Error).message
    // git's own words, since 2.35.2: "fatal: detected dubious ownership in repository at '<path>'".
    const dubious = /dubious ownership in repository at '([^']*)'/.exec(message)
    if (dubious) return {reason: `git refuses this repository: it belongs to another user (“dubious ownership”); if you trust it, run \`git config --global --add safe.directory ${dubious[1]}\``}
    return {reason: 'not in a git repository with commits'}
  }
  const [top, shallowFile, head] = lines
  if (!top || !shallowFile || !head) return {reason: 'not in a git repository with commits'}
  // Synchronously, like the content folder's path (`findContentRepo`): a check reads and hashes its
  // files synchronously meanwhile, and a promise's answer would wait for all of them.
  const root = fs.realpathSync.native(top)
  let shallow = new Set<string>()
  try {
    // The grafts of a shallow clone (`git clone --depth`): one hash per line.
    const text = fs.readFileSync(path.resolve(dir, shallowFile), 'utf8')
    shallow = new Set(text.split('\n').filter(Boolean))
  } catch {}
  return {root, head, shallow}
}

/**
 * The repository the history stage reads for a content folder, with the folder's real path; or
 * why there is none: history turned off, a folder that cannot be read, no repository (`findRepo`).
 */
export async function findContentRepo(options: {config: Config; cwd: string; contentDir: string}): Promise<{repo: Repo; content: string} | {reason: string}> {
  if (!options.config.history.enabled) return {reason: 'history is turned off in the config'}
  let content: string
  try {
    // Synchronously, so that git starts now: a check then walks and hashes the files synchronously,
    // and git answers meanwhile (with a promise here, git started only once they were hashed).
    content = fs.realpathSync.native(path.resolve(options.cwd, options.contentDir))
  } catch {
    return {reason: 'the content folder cannot be read'}
  }
  const repo = await findRepo(content)
  return 'reason' in repo ? repo : {repo, content}
}
