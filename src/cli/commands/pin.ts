import path from 'node:path'
import {loadConfig} from '../../engine/config/load-config.ts'
import {UsageError} from '../../engine/errors.ts'
import {printable} from '../../engine/report/printable.ts'
import {planPins} from '../../engine/sync/pin-pages.ts'
import {writePage} from '../../engine/sync/write-page.ts'
import {parseFlags} from '../parse-flags.ts'
import {pinFlags} from '../sync-flags.ts'

/** `lockstep pin <paths…> [--to <rev>]`: set translations' pins, and say what they now claim to cover. */
export async function runPin(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, pinFlags)
  if (positionals.length === 0) throw new UsageError('Expected translated pages or folders: lockstep pin <paths…> [--to <rev>]')
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const contentDir = path.relative(io.cwd, path.resolve(cwd, config.contentDir)) || '.'
  const {commit, pages} = await planPins({config, cwd: io.cwd, contentDir, paths: positionals, rev: values.to as string})
  const out = (line: string) => io.stdout.write(`${printable(line)}\n`)
  let failed = 0
  for (const page of pages) {
    if (page.text === undefined) {
      io.stderr.write(`lockstep: ${printable(page.file)} not pinned: ${page.reason}\n`)
      failed++
      continue
    }
    if (page.text !== page.original.toString('utf8')) {
      const result = await writePage({file: page.path, contentDir: path.resolve(io.cwd, contentDir), expected: page.original, text: page.text})
      if (!result.written) {
        io.stderr.write(`lockstep: ${printable(page.file)} not pinned: ${result.reason}\n`)
        failed++
        continue
      }
    }
    const was = page.from.commit ? `${page.from.commit.slice(0, 7)} (${page.from.from})` : 'unknown'
    out(`${page.file}: pinned to ${commit.slice(0, 7)}, was ${was}`)
    out(page.changed.length === 0 ? '  no source section changed in between' : `  source sections changed in between, which the translation now claims to cover: ${page.changed.join(', ')}`)
  }
  return failed > 0 ? 1 : 0
}
