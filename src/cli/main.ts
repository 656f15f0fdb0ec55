import {UsageError} from '../engine/errors.ts'
import {printable} from '../engine/report/printable.ts'
import {version} from '../engine/version.ts'
import {diffFlags} from './diff-flags.ts'
import {checkFlags, conventionsFlags, formatFlags, mergeFlags} from './flags.ts'
import {pinFlags, syncFlags, todoFlags} from './sync-flags.ts'

/**
 * Exit codes: findings below `--fail-on`, findings at or above it, a usage, config or input
 * error, and a problem of the run itself (a report that cannot be written, a page that could not
 * be read in time, an internal error), whatever its findings. A crash must never look like
 * findings (1), which is what Node exits with on an uncaught error.
 */
export const exitCodes = {ok: 0, findings: 1, usage: 2, run: 3} as const

const help = `lockstep ${version}: keep a docs site's translations in step with its source, section by section

Usage: lockstep <command> [options]

Commands:
  check [contentDir]   Align every translation to its source and report drift (default: content)
  merge-reports <a.json> <b.json> …
                       Combine JSON reports (of --shard runs) into one report in any format
  diff <file>          Show what changed in the source since a translated page's base, section by section
  sync [paths…]        Carry mechanical source changes (code, links, ids, numbers) into translations and
                       scaffold missing sections; prints a diff, --write applies it
  pin <paths…>         Set translations' pins to a commit and list the source sections that changed since
  todo --locale <l>    The translators' work list of one locale, ranked; Markdown for a tracking issue
  conventions [contentDir]
                       List the site's conventions (differences enough translations share) with their support

Options of check:
${formatFlags(checkFlags)}

Options of merge-reports:
${formatFlags(mergeFlags)}

Options of diff:
${formatFlags(diffFlags)}

Options of sync:
${formatFlags(syncFlags)}

Options of pin:
${formatFlags(pinFlags)}

Options of todo:
${formatFlags(todoFlags)}

Options of conventions:
${formatFlags(conventionsFlags)}

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage, config or input error, 3 the run itself failed or was incomplete (a page over --page-timeout is skipped).
`

type Io = {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}

/** The commands, each loaded only when run (a `check` never loads `sync`'s code, nor the reverse). */
const commands: Record<string, () => Promise<(argv: string[], io: Io) => Promise<number>>> = {
  check: async () => (await import('./commands/check.ts')).runCheck,
  'merge-reports': async () => (await import('./commands/merge-reports.ts')).runMergeReports,
  diff: async () => (await import('./commands/diff.ts')).runDiff,
  conventions: async () => (await import('./commands/conventions.ts')).runConventions,
  sync: async () => (await import('./commands/sync.ts')).runSync,
  pin: async () => (await import('./commands/pin.ts')).runPin,
  todo: async () => (await import('./commands/todo.ts')).runTodo
}

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
    const load = Object.hasOwn(commands, command) ? commands[command] : undefined
    if (load) return await (await load())(rest, io)
    throw new UsageError(`Unknown command \`${command}\`. Run \`lockstep --help\`.`)
  } catch (error) {
    if (error instanceof UsageError) {
      // A message can quote a file name or a report's content.
      io.stderr.write(`lockstep: ${error.message.split('\n').map(printable).join('\n')}\n`)
      return exitCodes.usage
    }
    const {message, stack, code} = error as NodeJS.ErrnoException
    // A system error (a report that cannot be written) says enough; anything else is a bug of ours, with its stack.
    io.stderr.write(`lockstep: ${printable(message)}\n${code === undefined && stack ? `${stack.split('\n').slice(1).map(printable).join('\n')}\n` : ''}`)
    return exitCodes.run
  }
}

