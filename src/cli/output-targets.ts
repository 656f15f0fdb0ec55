import {UsageError} from '../engine/errors.ts'
import {formatters, type FormatName} from '../engine/report/formatters.ts'

/** One report to write: its format, and its file (standard output when absent). */
export interface OutputTarget {
  format: FormatName
  file?: string
}

/**
 * Pair `--format` values with files: `format=file` names its own, and `--output` values go to the
 * formats without one, in order (so `--format json --output r.json` works as before).
 * At most one report may go to standard output.
 */
export function outputTargets(formats: string | string[] | undefined, outputs: string[] | undefined): OutputTarget[] {
  const list = formats === undefined ? ['text'] : typeof formats === 'string' ? [formats] : formats
  const files = [...(outputs ?? [])]
  const targets = list.map((value): OutputTarget => {
    const equals = value.indexOf('=')
    const name = equals === -1 ? value : value.slice(0, equals)
    if (!Object.hasOwn(formatters, name)) throw new UsageError(`Invalid value for --format: \`${name}\` (expected one of ${Object.keys(formatters).join(', ')})`)
    const file = equals === -1 ? files.shift() : value.slice(equals + 1)
    if (file === '') throw new UsageError(`Missing file name in --format ${value}`)
    return file === undefined ? {format: name as FormatName} : {format: name as FormatName, file}
  })
  if (files.length > 0) throw new UsageError(`More --output files than formats to write: ${files.join(', ')}`)
  if (targets.filter((target) => target.file === undefined).length > 1) throw new UsageError('Only one format can go to standard output: give the others a file (`--format sarif=lockstep.sarif`)')
  return targets
}
