import fs from 'node:fs/promises'
import path from 'node:path'
import {alignSections} from '../align/align-sections.ts'
import type {Config} from '../config/schema.ts'
import {findPages} from '../content/find-pages.ts'
import {UsageError} from '../errors.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import {buildPageDiff, type PageDiff} from './build-page-diff.ts'
import {readHistory} from './read-history.ts'

export type {PageDiff, SectionDiff} from './build-page-diff.ts'

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

  return buildPageDiff({config, locales, source, target, alignment, history, sourceText: sourceText.toString('utf8'), targetText: targetText.toString('utf8')})
}
