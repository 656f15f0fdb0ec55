import path from 'node:path'
import {commitDirective} from './commit-directive.ts'
import {runGit} from './run-git.ts'

/** A commit that touched a file. */
export interface FileCommit {
  hash: string
  /** The commit's message mentions an ignore keyword, or its Lunaria directive leaves this file out. */
  ignored: boolean
  /** For a rename, the file's name before this commit. */
  from?: string
}

/** Commits touching each file under the content folder, newest first (topological order). */
export type FileLog = Map<string, FileCommit[]>

/**
 * Read which commits touched which files under `pathspec`, in one `git log` for the whole
 * repository rather than one per file per locale. Renames are detected (`-M`) so a source page
 * that moved keeps its history. A Lunaria directive (`@lunaria-track:`, `@lunaria-ignore:`)
 * decides per file: a bulk source commit that also fixed a link in a translation, tracked for the
 * source only, is not that translation's new base.
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
    // A directive (`@lunaria-ignore:content/fr/**`) is not the keyword `lunaria-ignore`.
    const lower = record.message.replace(/@lunaria-(?:track|ignore):[^\n]*/g, '').toLowerCase()
    const keyword = keywords.some((each) => lower.includes(each))
    const directive = commitDirective(record.message)
    // Lunaria: keywords win; a track directive ignores the files it does not name, an ignore directive those it names.
    const ignored = (file: string) => keyword || (directive !== undefined && directive.globs.some((glob) => matchesFromAnyFolder(file, glob)) !== directive.track)
    for (const change of record.changes) {
      if (change.to !== undefined) {
        add(change.to, {hash: record.hash, ignored: ignored(change.to), ...(change.status.startsWith('R') ? {from: change.path} : {})})
        if (change.status.startsWith('R')) add(change.path, {hash: record.hash, ignored: ignored(change.path)})
      } else add(change.path, {hash: record.hash, ignored: ignored(change.path)})
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

/** A git object's id: SHA-1 or SHA-256, in full. */
export const hashPattern = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
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

/**
 * Lunaria writes a directive's globs relative to its own project folder, which may be below the
 * repository root (Starlight's is `docs/`: `src/content/docs/es/guide.mdx`). A glob matches a file
 * when it matches the file's path from the root or from any folder the file is in.
 */
function matchesFromAnyFolder(file: string, glob: string): boolean {
  for (let from = 0; from !== -1; from = file.indexOf('/', from) + 1 || -1) {
    if (path.posix.matchesGlob(file.slice(from), glob)) return true
  }
  return false
}
