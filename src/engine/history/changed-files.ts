import {execFile} from 'node:child_process'
import {UsageError} from '../errors.ts'

/** Git could not say what changed (not a repository, unknown ref). */
export class GitError extends UsageError {
  override name = 'GitError'
}

/**
 * Files that differ between `ref` and the working tree, plus untracked files, as paths relative
 * to `cwd` (the same paths the report uses). Two git processes in all, whatever the number of files.
 */
export async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  if (ref.startsWith('-')) throw new GitError(`Not a git revision: \`${ref}\``)
  // --no-renames lists a renamed page under both names: the old one's translations changed too.
  // --relative gives paths relative to cwd, like the report's, and only those below it.
  const [diff, untracked] = await Promise.all([
    git(['diff', '--name-only', '--no-renames', '--relative', '-z', ref, '--'], cwd),
    git(['ls-files', '--others', '--exclude-standard', '-z'], cwd)
  ])
  return new Set([...parseNameList(diff), ...parseNameList(untracked)])
}

/** Split git's `-z` output (NUL-terminated paths, no quoting) into paths. */
export function parseNameList(output: string): string[] {
  return output.split('\u0000').filter((name) => name !== '')
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'}, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args[0]} failed: ${stderr.trim() || error.message}`))
      else resolve(stdout)
    })
  })
}
