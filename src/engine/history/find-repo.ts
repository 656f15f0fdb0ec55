import fs from 'node:fs/promises'
import path from 'node:path'
import {runGit} from './run-git.ts'

/** The git repository a content folder lives in. */
export interface Repo {
  /** Absolute, real path of the work tree's top. */
  root: string
  /** Commits whose parents a shallow clone does not have: history before them is unknown. */
  shallow: ReadonlySet<string>
}

/** The repository holding `dir`, or `undefined` when there is none (or no git, or no commit yet). */
export async function findRepo(dir: string): Promise<Repo | undefined> {
  let lines: string[]
  try {
    lines = (await runGit(dir, ['rev-parse', '--show-toplevel', '--git-path', 'shallow', '--verify', '-q', 'HEAD'])).toString('utf8').trim().split('\n')
  } catch {
    return undefined
  }
  const [top, shallowFile] = lines
  if (!top || !shallowFile) return undefined
  const root = await fs.realpath(top)
  let shallow = new Set<string>()
  try {
    // The grafts of a shallow clone (`git clone --depth`): one hash per line.
    const text = await fs.readFile(path.resolve(dir, shallowFile), 'utf8')
    shallow = new Set(text.split('\n').filter(Boolean))
  } catch {}
  return {root, shallow}
}
