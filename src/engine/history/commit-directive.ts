/**
 * A Lunaria tracker directive in a commit message: `@lunaria-track:<globs>` (only the files
 * matching one of the globs count as changed by this commit) or `@lunaria-ignore:<globs>` (the
 * files matching are not changed by it). Globs are separated by `;` and relative to the
 * repository root, as Lunaria writes them.
 */
export interface CommitDirective {
  track: boolean
  globs: string[]
}

// As Lunaria reads it: the first directive, to the end of its line.
const directivePattern = /@lunaria-(track|ignore):([^\n]*)/

/** The tracker directive of a commit message, if it has one. */
export function commitDirective(message: string): CommitDirective | undefined {
  const match = directivePattern.exec(message)
  if (!match) return undefined
  const globs = match[2]!.split(';').map((glob) => glob.trim()).filter((glob) => glob !== '')
  return {track: match[1] === 'track', globs}
}
