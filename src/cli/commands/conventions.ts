import path from 'node:path'
import {check} from '../../engine/check.ts'
import {loadConfig} from '../../engine/config/load-config.ts'
import {isApplied} from '../../engine/conventions/learn-conventions.ts'
import {UsageError} from '../../engine/errors.ts'
import {conventionLines} from '../../engine/report/convention-lines.ts'
import {printable} from '../../engine/report/printable.ts'
import {contentDirOf} from '../content-dir.ts'
import {conventionsFlags} from '../flags.ts'
import {parseFlags} from '../parse-flags.ts'

/** How many candidates are listed without `--all`. */
const shownCandidates = 10

/** `lockstep conventions [contentDir]`: the site's conventions, learned or configured, with their support. */
export async function runConventions(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, conventionsFlags)
  if (positionals.length > 1) throw new UsageError(`Expected at most one content folder, got ${positionals.length}`)
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const contentDir = await contentDirOf(positionals[0], cwd, config.contentDir, io.cwd)
  const {conventions} = await check({
    config,
    cwd: io.cwd,
    contentDir: path.relative(io.cwd, contentDir) || '.',
    locales: values.locale as string[] | undefined,
    ...(values['no-cache'] === true ? {} : {cacheDir: path.join(cwd, '.lockstep-cache')}),
    onWarning: (message) => io.stderr.write(`lockstep: ${message}\n`)
  })
  if (values.format === 'json') {
    io.stdout.write(JSON.stringify(conventions, null, 2) + '\n')
    return 0
  }
  const settled = conventions.filter((convention) => convention.status !== 'candidate')
  const candidates = conventions.filter((convention) => convention.status === 'candidate')
  const shown = values.all === true ? candidates : candidates.slice(0, shownCandidates)
  const {minPages, minLocales} = config.conventions
  const lines = [
    `Conventions (support: translated pages made when the source already had what differs; learned at ${minPages} pages in ${minLocales} locales):`,
    ...(settled.length > 0 ? conventionLines(settled).map((line) => `  ${printable(line)}`) : ['  none']),
    `${settled.filter(isApplied).length} apply.`
  ]
  if (candidates.length > 0) {
    lines.push('', `Candidates, reported as findings (${shown.length} of ${candidates.length}${shown.length < candidates.length ? '; --all lists every one' : ''}):`)
    lines.push(...conventionLines(shown).map((line) => `  ${printable(line)}`))
  }
  io.stdout.write(lines.join('\n') + '\n')
  return 0
}
