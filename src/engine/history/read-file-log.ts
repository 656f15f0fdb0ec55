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
    // A directive (`@lunaria-ignore:content/fr/**`) is not the keyword `lunaria-ignore`.
    const lower = message.replace(/@lunaria-(?:track|ignore):[^\n]*/g, '').toLowerCase()
    const keyword = keywords.some((each) => lower.includes(each))
    const directive = commitDirective(message)
    // Lunaria: keywords win; a track directive ignores the files it does not name, an ignore directive those it names.
    const ignored = (file: string) => keyword || (directive !== undefined && directive.globs.some((glob) => matchesFromAnyFolder(file, glob)) !== directive.track)
    for (const line of files.split('\n')) {
      if (!line) continue
      const [status = '', first = '', second] = line.split('\t')
      if ((status.startsWith('R') || status.startsWith('C')) && second !== undefined) {
        add(second, {hash: hash!, ignored: ignored(second), ...(status.startsWith('R') ? {from: first} : {})})
        if (status.startsWith('R')) add(first, {hash: hash!, ignored: ignored(first)})
      } else add(first, {hash: hash!, ignored: ignored(first)})
    }
  }
  return log
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
