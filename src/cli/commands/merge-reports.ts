import fs from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from '../../engine/errors.ts'
import {mergeReports} from '../../engine/report/merge-reports.ts'
import {reportSchema} from '../../engine/report/report-schema.ts'
import {reportSource} from '../../engine/report/report-source.ts'
import type {Report} from '../../engine/report/types.ts'
import {mergeFlags} from '../flags.ts'
import {outputTargets} from '../output-targets.ts'
import {parseFlags} from '../parse-flags.ts'
import {findingsExitCode, writeReports} from '../write-reports.ts'

/** `lockstep merge-reports a.json b.json …`: combine JSON reports (e.g. of shards); returns the exit code. */
export async function runMergeReports(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, mergeFlags)
  if (positionals.length === 0) throw new UsageError('Expected JSON reports to merge: lockstep merge-reports a.json b.json …')
  const targets = outputTargets(values.format as string | string[], values.output as string[] | undefined)
  const reports = await Promise.all(positionals.map((file) => readReport(path.resolve(io.cwd, file), file)))
  const report = mergeReports(reports)
  await writeReports(reportSource(report), targets, {color: io.stdout.isTTY === true, linkBase: values['link-base'] as string | undefined}, io)
  return findingsExitCode(report.summary, values['fail-on'] as string)
}

async function readReport(file: string, name: string): Promise<Report> {
  let value: unknown
  try {
    value = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new UsageError(`Cannot read report ${name}: ${(error as Error).message}`)
  }
  const result = reportSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new UsageError(`${name} is not a Lockstep JSON report (lockstep-report.schema.json): ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
  }
  // As read, not as parsed: the schema transforms nothing, and key order stays the report's.
  return value as Report
}
