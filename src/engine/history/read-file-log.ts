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
  // NUL-delimited throughout (`-z`, `%x00`): a commit message holds any byte but NUL, and a file
  // name any but NUL; without `-z` git quotes names with `"`, `\` or a tab.
  const output = (await runGit(root, ['log', '-z', '--topo-order', '--name-status', '-M', '--format=%H%x00%B', 'HEAD', '--', pathspec || '.'])).toString('utf8')
  const keywords = ignoreKeywords.map((keyword) => keyword.toLowerCase())
  const log: FileLog = new Map()
  const add = (file: string, entry: FileCommit) => {
    let list = log.get(file)
    if (!list) log.set(file, (list = []))
    list.push(entry)
  }
  for (const record of parseFileLog(output)) {
    const lower = record.message.toLowerCase()
    const ignored = keywords.some((keyword) => lower.includes(keyword))
    for (const change of record.changes) {
      if (change.to !== undefined) {
        add(change.to, {hash: record.hash, ignored, ...(change.status.startsWith('R') ? {from: change.path} : {})})
        if (change.status.startsWith('R')) add(change.path, {hash: record.hash, ignored})
      } else add(change.path, {hash: record.hash, ignored})
    }
  }
  return log
}

/** One commit of `git log -z --name-status --format=%H%x00%B`. */
interface LogRecord {
  hash: string
  message: string
  changes: Array<{status: string; path: string; to?: string}>
}

const hashPattern = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const statusPattern = /^[ACDMRTUXB]\d*$/

/**
 * Split the NUL-separated fields of `git log -z` into commits. Each commit is its hash, its
 * message, then status fields each followed by its path (two for a rename or copy). The message
 * is one field whatever it contains, and a path is read only after a status, so neither is ever
 * taken for the other.
 */
export function parseFileLog(output: string): LogRecord[] {
  const fields = output.split('\u0000')
  const records: LogRecord[] = []
  let index = 0
  while (index < fields.length) {
    // git ends the header with a newline before the file list, and may leave empty fields between.
    const hash = fields[index++]!.trim()
    if (hash === '') continue
    if (!hashPattern.test(hash)) throw new Error(`Unexpected git log output at \`${hash.slice(0, 40)}\``)
    const record: LogRecord = {hash, message: fields[index++] ?? '', changes: []}
    records.push(record)
    while (index < fields.length) {
      const status = fields[index]!.trim()
      if (status === '') {
        index++
        continue
      }
      if (!statusPattern.test(status)) break
      const twoPaths = status.startsWith('R') || status.startsWith('C')
      const change = {status, path: fields[index + 1] ?? ''}
      records.at(-1)!.changes.push(twoPaths ? {...change, to: fields[index + 2] ?? ''} : change)
      index += twoPaths ? 3 : 2
    }
  }
  return records
}
