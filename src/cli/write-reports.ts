import fs from 'node:fs/promises'
import path from 'node:path'
import {formatters, type FormatOptions} from '../engine/report/formatters.ts'
import type {Report} from '../engine/report/types.ts'
import type {OutputTarget} from './output-targets.ts'

/** Write a report in every requested format, to its file or to standard output. */
export async function writeReports(report: Report, targets: OutputTarget[], options: FormatOptions, io: {stdout: NodeJS.WriteStream; cwd: string}): Promise<void> {
  for (const target of targets) {
    const text = formatters[target.format](report, {...options, color: target.file === undefined && options.color === true})
    if (target.file === undefined) {
      io.stdout.write(text)
      continue
    }
    const file = path.resolve(io.cwd, target.file)
    await fs.mkdir(path.dirname(file), {recursive: true})
    await fs.writeFile(file, text)
  }
}

/** The exit code for a report under `--fail-on`: 1 when a finding reaches that severity. */
export function findingsExitCode(report: Report, failOn: string): number {
  const {errors, warnings} = report.summary
  if (failOn === 'never') return 0
  return errors > 0 || (failOn === 'warning' && warnings > 0) ? 1 : 0
}
