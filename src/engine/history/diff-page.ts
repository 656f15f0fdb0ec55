import fs from 'node:fs/promises'
import path from 'node:path'
import {alignSections} from '../align/align-sections.ts'
import type {Config} from '../config/schema.ts'
import {findPages} from '../content/find-pages.ts'
import {UsageError} from '../errors.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import {diffLines, type DiffLine} from './diff-lines.ts'
import {readHistory} from './read-history.ts'
import {sectionLines} from './section-lines.ts'
import type {Base, ChangeKind, SourceChange} from './types.ts'

/** One current source section: how it changed since the base, its diff, and its translation. */
export interface SectionDiff {
  title: string
  level: number
  line: number
  change: SourceChange | 'unknown'
  kinds: ChangeKind[]
  /** The source section's lines, from the base to now (empty when unknown or unchanged). */
  diff: DiffLine[]
  /** The aligned translated section, if any. */
  translation?: {title: string; line: number; lines: string[]}
}

/** What `lockstep diff` shows for one translated page. */
export interface PageDiff {
  file: string
  sourceFile: string
  base: Base
  behind: number | null
  /** Why the base or the changes are unknown. */
  reason?: string
  sections: SectionDiff[]
  /** Source sections at the base that are gone now, with their old lines. */
  removed: Array<{title: string; level: number; lines: string[]}>
}

/** Options of `diffPage`. */
export interface DiffPageOptions {
  config: Config
  cwd: string
  contentDir?: string
  /** The translated page (relative to `cwd`). */
  file: string
}

/**
 * For one translated page, the source's changes since the translation's base, section by
 * section, each beside the translated section it maps to. Throws `UsageError` for a file that
 * is not a translated page of the content tree.
 */
export async function diffPage(options: DiffPageOptions): Promise<PageDiff> {
  const {config, cwd} = options
  const contentDir = options.contentDir ?? config.contentDir
  const tree = await findPages({root: contentDir, cwd, sourceLocale: config.sourceLocale, layout: config.layout, locales: config.locales, ignores: config.ignores})
  const wanted = path.relative(cwd, path.resolve(cwd, options.file)).split(path.sep).join('/')
  const targetFile = tree.files.find((file) => file.file === wanted)
  if (!targetFile) throw new UsageError(`Not a page of the content folder: ${options.file}`)
  if (targetFile.locale === tree.sourceLocale) throw new UsageError(`${options.file} is a source page; give a translated page`)
  const sourceFile = tree.files.find((file) => file.locale === tree.sourceLocale && file.page === targetFile.page)
  if (!sourceFile) throw new UsageError(`${options.file} has no source page`)

  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const [sourceText, targetText] = await Promise.all([fs.readFile(sourceFile.path), fs.readFile(targetFile.path)])
  const source = summarizePage(sourceText, {file: sourceFile.file, locale: sourceFile.locale, page: sourceFile.page, locales}, config)
  const target = summarizePage(targetText, {file: targetFile.file, locale: targetFile.locale, page: targetFile.page, locales}, config)
  const alignment = alignSections(source.sections, target.sections)
  const id = `${targetFile.locale}/${targetFile.page}`
  const history = (await readHistory({config, cwd, contentDir, locales, requests: [{id, source, target}], keepText: true})).get(id)!

  const sourceLines = sectionLines(sourceText.toString('utf8'), source.sections)
  const targetLines = sectionLines(targetText.toString('utf8'), target.sections)
  let baseLines: string[][] = []
  if (history.baseText !== undefined && history.baseFile) {
    const file = path.relative(cwd, path.resolve(cwd, history.baseFile))
    const before = summarizePage(Buffer.from(history.baseText), {file, locale: source.locale, page: source.page, locales}, config)
    baseLines = sectionLines(history.baseText, before.sections)
  }
  const byPairSource = new Map<number, number>()
  for (const pair of alignment.pairs) if (!byPairSource.has(pair.source)) byPairSource.set(pair.source, pair.target)

  const sections = source.sections.map((section, index): SectionDiff => {
    const change = history.changes?.sections[index]
    const entry: SectionDiff = {title: section.title, level: section.level, line: section.line, change: change?.change ?? 'unknown', kinds: change?.kinds ?? [], diff: []}
    if (change && change.change !== 'unchanged') {
      const before = change.baseIndex === undefined ? [] : (baseLines[change.baseIndex] ?? [])
      entry.diff = diffLines(before, sourceLines[index] ?? [])
    }
    const paired = byPairSource.get(index)
    if (paired !== undefined) entry.translation = {title: target.sections[paired]!.title, line: target.sections[paired]!.line, lines: targetLines[paired] ?? []}
    return entry
  })
  const result: PageDiff = {
    file: targetFile.file,
    sourceFile: sourceFile.file,
    base: history.base,
    behind: history.behind,
    sections,
    removed: (history.changes?.removed ?? []).map(({index, title, level}) => ({title, level, lines: baseLines[index] ?? []}))
  }
  const reason = history.pinError ?? history.reason
  if (reason) result.reason = reason
  return result
}
