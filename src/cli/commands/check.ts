import fs from 'node:fs/promises'
import path from 'node:path'
import {check} from '../../engine/check.ts'
import {loadConfig} from '../../engine/config/load-config.ts'
import {UsageError} from '../../engine/errors.ts'
import {formatJson} from '../../engine/report/format-json.ts'
import {formatText} from '../../engine/report/format-text.ts'
import {checkFlags} from '../flags.ts'
import {parseFlags} from '../parse-flags.ts'

/** `lockstep check [contentDir]`: returns the exit code. */
export async function runCheck(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, checkFlags)
  if (positionals.length > 1) throw new UsageError(`Expected at most one content folder, got ${positionals.length}`)
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const contentDir = positionals[0] ? path.resolve(io.cwd, positionals[0]) : path.resolve(cwd, config.contentDir)
  try {
    const stat = await fs.stat(contentDir)
    if (!stat.isDirectory()) throw new Error('not a folder')
  } catch {
    throw new UsageError(`Content folder not found: ${path.relative(io.cwd, contentDir) || contentDir}`)
  }

  const progress = io.stderr.isTTY && values.output === undefined ? progressBar(io.stderr) : undefined
  const useCache = values['no-cache'] !== true
  const {report} = await check({
    config,
    cwd: io.cwd,
    contentDir: path.relative(io.cwd, contentDir) || '.',
    locales: values.locale as string[] | undefined,
    explain: values.explain === true,
    ...(useCache ? {cacheDir: path.join(cwd, '.lockstep-cache')} : {}),
    onProgress: progress,
    onWarning: (message) => io.stderr.write(`lockstep: ${message}\n`)
  })
  if (progress) io.stderr.write('\r\u001B[K')

  const format = values.format as string
  const output = values.output as string | undefined
  const text = format === 'json' ? formatJson(report) : formatText(report, {color: output === undefined && io.stdout.isTTY === true, explain: values.explain === true})
  if (output) await fs.writeFile(path.resolve(io.cwd, output), text)
  else io.stdout.write(text)

  const failOn = values['fail-on'] as string
  const {errors, warnings} = report.summary
  if (failOn === 'never') return 0
  return errors > 0 || (failOn === 'warning' && warnings > 0) ? 1 : 0
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
