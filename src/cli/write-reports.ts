import path from 'node:path'
import {replaceFile} from '../engine/replace-file.ts'
import {formatters, type FormatOptions} from '../engine/report/formatters.ts'
import type {ReportSource} from '../engine/report/report-source.ts'
import type {Report} from '../engine/report/types.ts'
import type {OutputTarget} from './output-targets.ts'

/**
 * Write a report in every requested format, to its file or to standard output. The JSON format
 * goes out a piece at a time (a reused report is never held whole); the others lay out the report,
 * read once. A file is written whole or not at all: a temporary file renamed over it.
 */
export async function writeReports(source: ReportSource, targets: OutputTarget[], options: FormatOptions, io: {stdout: NodeJS.WriteStream; cwd: string}): Promise<void> {
  let report: Promise<Report> | undefined
  for (const target of targets) {
    const pieces: AsyncIterable<Uint8Array | string> =
      target.format === 'json'
        ? source.json()
        : (async function* () {
            yield formatters[target.format](await (report ??= source.report()), {...options, color: target.file === undefined && options.color === true})
          })()
    if (target.file === undefined) await writeTo(io.stdout, pieces)
    else await replaceFile(path.resolve(io.cwd, target.file), pieces)
  }
}

/** The exit code for a report's totals under `--fail-on`: 1 when a finding reaches that severity. */
export function findingsExitCode({errors, warnings}: Report['summary'], failOn: string): number {
  if (failOn === 'never') return 0
  return errors > 0 || (failOn === 'warning' && warnings > 0) ? 1 : 0
}

/** Write to a stream, waiting while it is full. */
async function writeTo(stream: NodeJS.WritableStream, pieces: AsyncIterable<Uint8Array | string>): Promise<void> {
  for await (const piece of pieces) {
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve))
  }
}
