import path from 'node:path'
import {loadConfig} from '../../engine/config/load-config.ts'
import {UsageError} from '../../engine/errors.ts'
import {diffPage} from '../../engine/history/diff-page.ts'
import {formatDiff} from '../../engine/report/format-diff.ts'
import {diffFlags} from '../diff-flags.ts'
import {parseFlags} from '../parse-flags.ts'

/** `lockstep diff <file>`: what changed in the source since the translation's base, beside the translation. */
export async function runDiff(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, diffFlags)
  if (positionals.length !== 1) throw new UsageError('Expected one translated page: lockstep diff <file>')
  const whole = (name: string) => {
    const value = Number(values[name])
    if (!Number.isInteger(value) || value < 0) throw new UsageError(`Invalid value for --${name}: \`${values[name] as string}\` (expected a whole number)`)
    return value
  }
  const context = whole('context')
  // Piped output has no terminal width: 100 columns still fit two readable columns.
  const width = values.width === undefined ? (io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100) : whole('width')
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const page = await diffPage({config, cwd: io.cwd, contentDir: path.relative(io.cwd, path.resolve(cwd, config.contentDir)) || '.', file: positionals[0]!})
  io.stdout.write(values.format === 'json' ? JSON.stringify(page, null, 2) + '\n' : formatDiff(page, {color: io.stdout.isTTY === true, context, all: values.all === true, width}))
  return 0
}
