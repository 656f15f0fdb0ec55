import fs from 'node:fs/promises'
import path from 'node:path'
import {checkReport} from '../../engine/check-report.ts'
import {loadConfig} from '../../engine/config/load-config.ts'
import {UsageError} from '../../engine/errors.ts'
import {applyBaseline, createBaseline, parseBaseline} from '../../engine/history/baseline.ts'
import {changedFiles} from '../../engine/history/changed-files.ts'
import {findRepo} from '../../engine/history/find-repo.ts'
import {filterReport, type PageSelector} from '../../engine/report/filter-report.ts'
import {replaceFile} from '../../engine/replace-file.ts'
import {shardSelector} from '../../engine/report/shard-selector.ts'
import {reportSource, type ReportSource} from '../../engine/report/report-source.ts'
import {printable} from '../../engine/report/printable.ts'
import {contentDirOf} from '../content-dir.ts'
import {checkFlags} from '../flags.ts'
import {outputTargets} from '../output-targets.ts'
import {parseFlags} from '../parse-flags.ts'
import {parseShard} from '../parse-shard.ts'
import {exitCodes} from '../main.ts'
import {findingsExitCode, writeReports} from '../write-reports.ts'

/** `lockstep check [contentDir]`: returns the exit code. */
export async function runCheck(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, checkFlags)
  if (positionals.length > 1) throw new UsageError(`Expected at most one content folder, got ${positionals.length}`)
  const {config, cwd, file} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const contentDir = await contentDirOf(positionals[0], cwd, config.contentDir, io.cwd)

  const targets = outputTargets(values.format as string | string[], values.output as string[] | undefined)
  const selectors: PageSelector[] = []
  if (typeof values.shard === 'string') selectors.push(shardSelector(parseShard(values.shard)))
  const since = values['changed-since'] as string | undefined
  if (since !== undefined) {
    const changed = await changedFiles(since, io.cwd)
    selectors.push(({files}) => files.some((file) => changed.has(file)))
  }
  const only: PageSelector | undefined = selectors.length === 0 ? undefined : (selection) => selectors.every((select) => select(selection))
  const baseline = typeof values.baseline === 'string' ? parseBaseline(await readText(path.resolve(io.cwd, values.baseline), 'Baseline')) : undefined

  const pageTimeout = Number(values['page-timeout'] ?? 60)
  if (!(pageTimeout > 0)) throw new UsageError(`--page-timeout must be a number of seconds above 0, got ${printable(String(values['page-timeout']))}`)

  const progress = io.stderr.isTTY && targets.some((target) => target.file === undefined) ? progressBar(io.stderr) : undefined
  const useCache = values['no-cache'] !== true
  const result = await checkReport({
    config,
    cwd: io.cwd,
    projectRoot: await projectRoot(file, io.cwd),
    contentDir: path.relative(io.cwd, contentDir) || '.',
    locales: values.locale as string[] | undefined,
    explain: values.explain === true,
    ...(useCache ? {cacheDir: path.join(cwd, '.lockstep-cache')} : {}),
    onProgress: progress,
    onWarning: (message) => io.stderr.write(`lockstep: ${printable(message)}\n`),
    pageTimeoutMs: pageTimeout * 1000,
    holdYoungGeneration: true,
    ...(only ? {only} : {})
  })
  if (progress) io.stderr.write('\r\u001B[K')

  // A report shown as it was made goes out as the check gave it (a reused one is never held whole);
  // one to filter or set against a baseline is read.
  let source: ReportSource = result
  const notes: string[] = []
  if (only || typeof values['write-baseline'] === 'string' || baseline) {
    let report = only ? filterReport(await result.report(), only) : await result.report()
    if (since !== undefined) io.stderr.write(`lockstep: ${report.pages.length} translated page${report.pages.length === 1 ? '' : 's'} changed since ${since}\n`)
    if (typeof values['write-baseline'] === 'string') {
      const written = createBaseline(report)
      await replaceFile(path.resolve(io.cwd, values['write-baseline']), JSON.stringify(written, null, 2) + '\n')
      io.stderr.write(`lockstep: wrote ${written.entries.length} baseline entr${written.entries.length === 1 ? 'y' : 'ies'} to ${values['write-baseline']}\n`)
    }
    if (baseline) {
      const applied = applyBaseline(report, baseline)
      report = applied.report
      const note = `Baseline: ${applied.accepted} known finding${applied.accepted === 1 ? '' : 's'} not shown; ${applied.fixed} baseline entr${applied.fixed === 1 ? 'y is' : 'ies are'} fixed now.`
      notes.push(note)
      io.stderr.write(`lockstep: ${note}\n`)
    }
    source = reportSource(report)
  }

  await writeReports(source, targets, {color: io.stdout.isTTY === true, explain: values.explain === true, linkBase: values['link-base'] as string | undefined, notes}, io)
  // A problem of the run, not a finding: it must not look like one (exit 1) or like a pass (exit 0).
  for (const {file, reason} of result.skipped) io.stderr.write(`lockstep: ${printable(file)} was skipped: ${reason} (--page-timeout); it and its counterparts are not in the report\n`)
  if (result.skipped.length > 0) return exitCodes.run
  return findingsExitCode(source.summary, values['fail-on'] as string)
}

/** The folder nothing is read outside of: the config file's, else the git work tree's top, else the current one. */
async function projectRoot(configFile: string | undefined, cwd: string): Promise<string> {
  if (configFile) return path.dirname(configFile)
  const repo = await findRepo(cwd)
  return 'root' in repo ? repo.root : cwd
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`${what} file cannot be read: ${(error as Error).message}`)
  }
}

function progressBar(stream: NodeJS.WriteStream) {
  let last = 0
  return (done: number, total: number) => {
    const now = Date.now()
    if (now - last < 100 && done < total) return
    last = now
    stream.write(`\r\u001B[Kreading pages ${done}/${total}`)
  }
}
