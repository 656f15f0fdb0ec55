import type {FileCommit, FileLog} from './read-file-log.ts'

/** A commit that touched the source file, under the name the file had then. */
export interface NamedCommit extends FileCommit {
  name: string
}

/**
 * Every commit that touched a file, newest first, following renames back: after the commit
 * that renamed `old` to `new`, the older commits are those of `old`.
 */
export function sourceCommits(log: FileLog, file: string): NamedCommit[] {
  const commits: NamedCommit[] = []
  const names = new Set<string>()
  let name = file
  let after: string | undefined
  while (!names.has(name)) {
    names.add(name)
    let list = log.get(name) ?? []
    if (after !== undefined) {
      const index = list.findIndex((entry) => entry.hash === after)
      list = index >= 0 ? list.slice(index + 1) : []
    }
    let rename: FileCommit | undefined
    for (const entry of list) {
      commits.push({...entry, name})
      if (entry.from !== undefined) {
        rename = entry
        break
      }
    }
    if (!rename) break
    after = rename.hash
    name = rename.from!
  }
  return commits
}
