import {isUtf8} from 'node:buffer'
import fs from 'node:fs/promises'
import path from 'node:path'
import {check} from '../check.ts'
import type {Config} from '../config/schema.ts'
import {findRepo} from '../history/find-repo.ts'
import {runGit} from '../history/run-git.ts'
import type {PageHistory} from '../history/types.ts'
import {parsePage} from '../parse/parse-page.ts'
import {hashBytes} from '../content/hash-bytes.ts'
import type {PageSummary} from '../sections/types.ts'
import {applyEdits} from './apply-edits.ts'
import {collectItems} from './collect-items.ts'
import {pinEdit} from './pin-edit.ts'
import {planPageSync, type PageText} from './plan-page-sync.ts'
import type {PagePlan} from './types.ts'

/** Options of `planSync`. */
export interface SyncOptions {
  config: Config
  cwd: string
  contentDir?: string
  locales?: string[]
  /** Only translated pages at or under these paths (relative to `cwd`); every page when absent. */
  paths?: string[]
  /** Re-pin a pinned page when nothing but mechanical or typo-level changes remain (default true). */
  repin?: boolean
  cacheDir?: string
}

/** One translated page's sync: the plan, the bytes it was made from, the text it gives. */
export interface PageSync {
  plan: PagePlan
  /** Absolute path of the translation. */
  path: string
  original: Buffer
  /** The new text (the original when nothing changes). */
  text: string
  history: PageHistory
  /** The commit the page is re-pinned to, if it is. */
  repin?: string
  /** Why the page was not planned (e.g. it changed while being read). */
  skipped?: string
}

/**
 * Check the content, then plan for every translated page with a known base what `lockstep sync`
 * carries over (see `planPageSync`), scaffolds and re-pins. Writes nothing.
 */
export async function planSync(options: SyncOptions): Promise<{pages: PageSync[]; contentDir: string}> {
  const {config, cwd} = options
  const contentDir = options.contentDir ?? config.contentDir
  const result = await check({config, cwd, contentDir, ...(options.locales ? {locales: options.locales} : {}), keepBaseText: true, ...(options.cacheDir ? {cacheDir: options.cacheDir} : {})})
  const summaries = new Map(result.summaries.map((summary) => [`${summary.locale}/${summary.page}`, summary]))
  const wanted = options.paths?.map((each) => path.resolve(cwd, each))
  const within = (file: string) => !wanted || wanted.some((each) => file === each || file.startsWith(each + path.sep))
  let head: Promise<string | undefined> | undefined
  const pages: PageSync[] = []
  for (const page of result.report.pages) {
    const id = `${page.locale}/${page.page}`
    const alignment = result.alignments.get(id)
    const history = result.history.get(id)
    const target = summaries.get(id)
    const source = summaries.get(`${result.report.sourceLocale}/${page.page}`)
    const absolute = path.resolve(cwd, page.file)
    if (!alignment || !history || !target || !source || !within(absolute)) continue
    const original = await fs.readFile(absolute)
    const skip = (skipped: string) => pages.push({plan: emptyPlan(target, source), path: absolute, original, text: original.toString('utf8'), history, skipped})
    if (!history.changes || history.baseText === undefined || !history.baseSummary) {
      // Without a base only missing sections can be scaffolded: every unmatched source section counts as missing.
      if (alignment.unmatchedSource.length === 0) continue
    }
    const sourceBytes = await fs.readFile(path.resolve(cwd, source.file))
    if (hashBytes(original) !== target.hash || hashBytes(sourceBytes) !== source.hash) {
      skip('changed while it was being checked')
      continue
    }
    const read = (bytes: Uint8Array, summary: PageSummary): PageText | string => {
      if (!isUtf8(bytes)) return 'is not valid UTF-8'
      const text = Buffer.from(bytes).toString('utf8')
      // Hugo's blank lines before front matter are moved by the parser: positions would not match.
      if (/^\uFEFF?(?:[ \t]*\r?\n)+(?:---|\+\+\+)\r?\n/.test(text)) return 'has blank lines before its front matter'
      const parsed = parsePage(bytes, {path: summary.file, mdx: summary.file.endsWith('.mdx'), config})
      if (!parsed.tree) return 'cannot be parsed'
      return {text, summary, items: collectItems(text, parsed.tree, summary.sections)}
    }
    const targetText = read(original, target)
    const sourceText = read(sourceBytes, source)
    const baseText = history.baseText !== undefined && history.baseSummary ? read(Buffer.from(history.baseText), history.baseSummary) : sourceText
    if (typeof targetText === 'string' || typeof sourceText === 'string' || typeof baseText === 'string') {
      skip(typeof targetText === 'string' ? targetText : `its source ${typeof sourceText === 'string' ? sourceText : baseText}`)
      continue
    }
    const changes = history.changes ?? {sections: source.sections.map(() => ({change: 'unchanged' as const, kinds: []})), removed: [], trivial: false, unchanged: true}
    const plan = planPageSync({source: sourceText, base: baseText, target: targetText, alignment, changes, mdx: target.file.endsWith('.mdx')})
    const entry: PageSync = {plan, path: absolute, original, text: targetText.text, history}
    const onlyMechanical = plan.left.length === 0 && changes.removed.length === 0 && !(history.behind === 0 || history.behind === null)
    if (options.repin !== false && history.base.from === 'pin' && onlyMechanical) {
      head ??= headCommit(cwd, source.file)
      const commit = await head
      const edit = commit ? pinEdit(targetText.text, config.history.pinKey, commit) : undefined
      if (commit && edit && (await committed(cwd, source.file))) {
        plan.edits.push(edit)
        entry.repin = commit
      }
    }
    entry.text = applyEdits(targetText.text, plan.edits)
    pages.push(entry)
  }
  return {pages, contentDir: path.resolve(cwd, contentDir)}
}

function emptyPlan(target: PageSummary, source: PageSummary): PagePlan {
  return {file: target.file, sourceFile: source.file, edits: [], changes: [], left: [], outdated: 0, cleared: 0, typoOnly: 0}
}

async function headCommit(cwd: string, file: string): Promise<string | undefined> {
  const repo = await findRepo(path.dirname(path.resolve(cwd, file)))
  if (!('root' in repo)) return undefined
  return (await runGit(repo.root, ['rev-parse', 'HEAD'])).toString('utf8').trim()
}

/** Whether the source file is as HEAD has it: a pin to HEAD would otherwise claim changes not in it. */
async function committed(cwd: string, file: string): Promise<boolean> {
  try {
    await runGit(path.dirname(path.resolve(cwd, file)), ['diff', '--quiet', 'HEAD', '--', path.basename(file)])
    return true
  } catch {
    return false
  }
}
