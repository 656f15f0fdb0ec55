import path from 'node:path'
import {loadConfig} from '../../engine/config/load-config.ts'
import {formatUnifiedDiff} from '../../engine/report/format-unified-diff.ts'
import {plural} from '../../engine/report/plural.ts'
import {printable} from '../../engine/report/printable.ts'
import {planSync} from '../../engine/sync/plan-sync.ts'
import {writePage} from '../../engine/sync/write-page.ts'
import {parseFlags} from '../parse-flags.ts'
import {syncFlags} from '../sync-flags.ts'

/** `lockstep sync [paths…]`: carry mechanical source changes into translations, scaffold missing sections. */
export async function runSync(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, syncFlags)
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  const write = values.write === true
  const {pages, contentDir} = await planSync({
    config,
    cwd: io.cwd,
    contentDir: path.relative(io.cwd, path.resolve(cwd, config.contentDir)) || '.',
    ...(values.locale ? {locales: values.locale as string[]} : {}),
    ...(positionals.length > 0 ? {paths: positionals} : {}),
    // No cache: sync writes nothing outside the content folder.
    repin: values.repin !== 'never'
  })
  const say = (line: string) => io.stderr.write(`lockstep: ${printable(line)}\n`)
  let outdated = 0
  let cleared = 0
  let typoOnly = 0
  let scaffolded = 0
  let changedFiles = 0
  const fromHistory: {done: string[]; partial: string[]} = {done: [], partial: []}
  for (const page of pages) {
    const file = path.relative(io.cwd, page.path).split(path.sep).join('/')
    if (page.skipped) {
      say(`${file} skipped: ${page.skipped}`)
      continue
    }
    outdated += page.plan.outdated
    cleared += page.plan.cleared
    typoOnly += page.plan.typoOnly
    scaffolded += page.plan.changes.filter((change) => change.kind === 'scaffold').length
    if (page.text === page.original.toString('utf8')) continue
    changedFiles++
    if (!write) {
      io.stdout.write(formatUnifiedDiff(file, page.original.toString('utf8'), page.text))
      continue
    }
    const result = await writePage({file: page.path, contentDir, expected: page.original, text: page.text})
    if (!result.written) {
      say(`${file} not written: ${result.reason}`)
      continue
    }
    const carried = page.plan.changes.filter((change) => change.kind !== 'scaffold').length
    const parts = [carried > 0 ? `${plural(carried, 'change')} carried over` : '', page.plan.changes.length > carried ? `${plural(page.plan.changes.length - carried, 'section')} scaffolded` : '', page.repin ? `re-pinned to ${page.repin.slice(0, 7)}` : ''].filter(Boolean)
    say(`wrote ${file}: ${parts.join(', ')}`)
    if (page.history.base.from === 'history') (page.plan.left.length === 0 ? fromHistory.done : fromHistory.partial).push(file)
  }
  for (const page of pages) {
    for (const left of page.plan.left) say(`${path.relative(io.cwd, page.path)}: “${left.section}” left to translators (${left.reason})`)
  }
  say(`${plural(outdated, 'outdated section')}: ${cleared} cleared mechanically (${cleared - typoOnly} carried over, ${typoOnly} typo-level only), ${outdated - cleared} left to translators; ${plural(scaffolded, 'missing section')} scaffolded; ${plural(changedFiles, 'file')} ${write ? 'to write' : 'would change'}${write ? '' : ' (run with --write to apply)'}`)
  if (fromHistory.done.length + fromHistory.partial.length > 0) {
    say('These pages take their base from git history: the commit you make of them becomes their new base.')
    if (fromHistory.done.length > 0) say(`Commit as usual (no changed prose left): ${fromHistory.done.join(' ')}`)
    if (fromHistory.partial.length > 0) say(`Commit with \`[skip l10n]\` in the message, so their base stays until the prose is translated: ${fromHistory.partial.join(' ')}`)
  }
  return 0
}
