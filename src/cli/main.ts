import {UsageError} from '../engine/errors.ts'
import {version} from '../engine/version.ts'
import {diffFlags} from './diff-flags.ts'
import {checkFlags, formatFlags, mergeFlags} from './flags.ts'

/**
 * Exit codes: findings below `--fail-on`, findings at or above it, usage or config error, and a run
 * that could not read every page (a page over `--page-timeout`), whatever its findings.
 */
export const exitCodes = {ok: 0, findings: 1, usage: 2, incomplete: 3} as const

const help = `lockstep ${version}: keep a docs site's translations in step with its source, section by section

Usage: lockstep <command> [options]

Commands:
  check [contentDir]   Align every translation to its source and report drift (default: content)
  merge-reports <a.json> <b.json> …
                       Combine JSON reports (of --shard runs) into one report in any format
  diff <file>          Show what changed in the source since a translated page's base, section by section

Options of check:
${formatFlags(checkFlags)}

Options of merge-reports:
${formatFlags(mergeFlags)}

Options of diff:
${formatFlags(diffFlags)}

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage or config error,
3 a page could not be read in time (skipped; see --page-timeout).
`

/** Run the CLI with arguments; the only place that sets the exit code. */
export async function main(argv: string[]): Promise<number> {
  const io = {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd()}
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(help)
      return command === undefined ? exitCodes.usage : exitCodes.ok
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version}\n`)
      return exitCodes.ok
    }
    if (command === 'check') {
      const {runCheck} = await import('./commands/check.ts')
      return await runCheck(rest, io)
    }
    if (command === 'merge-reports') {
      const {runMergeReports} = await import('./commands/merge-reports.ts')
      return await runMergeReports(rest, io)
    }
    if (command === 'diff') {
      const {runDiff} = await import('./commands/diff.ts')
      return await runDiff(rest, io)
    }
    throw new UsageError(`Unknown command \`${command}\`. Run \`lockstep --help\`.`)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`lockstep: ${error.message}\n`)
      return exitCodes.usage
    }
    throw error
  }
}

