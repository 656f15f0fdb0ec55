import {runGit} from './run-git.ts'

/** A commit that touched a file. */
export interface FileCommit {
  hash: string
  /** The commit's message mentions an ignore keyword. */
  ignored: boolean
  /** For a rename, the file's name before this commit. */
  from?: string
}

/** Commits touching each file under the content folder, newest first (topological order). */
export type FileLog = Map<string, FileCommit[]>

/**
 * Read which commits touched which files under `pathspec`, in one `git log` for the whole
 * repository rather than one per file per locale. Renames are detected (`-M`) so a source page
 * that moved keeps its history.
 */
export async function readFileLog(root: string, pathspec: string, ignoreKeywords: readonly string[]): Promise<FileLog> {
  const text = (await runGit(root, ['log', '--topo-order', '--name-status', '-M', '--format=%x1e%H%x1f%B%x1f', 'HEAD', '--', pathspec || '.'])).toString('utf8')
  const keywords = ignoreKeywords.map((keyword) => keyword.toLowerCase())
  const log: FileLog = new Map()
  const add = (file: string, entry: FileCommit) => {
    let list = log.get(file)
    if (!list) log.set(file, (list = []))
    list.push(entry)
  }
  for (const record of text.split('\u001E')) {
    if (!record) continue
    const [hash, message = '', files = ''] = record.split('\u001F')
    const lower = message.toLowerCase()
    const ignored = keywords.some((keyword) => lower.includes(keyword))
    for (const line of files.split('\n')) {
      if (!line) continue
      const [status = '', first = '', second] = line.split('\t')
      if ((status.startsWith('R') || status.startsWith('C')) && second !== undefined) {
        add(second, {hash: hash!, ignored, ...(status.startsWith('R') ? {from: first} : {})})
        if (status.startsWith('R')) add(first, {hash: hash!, ignored})
      } else add(first, {hash: hash!, ignored})
    }
  }
  return log
}
