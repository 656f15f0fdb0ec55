import fs from 'node:fs/promises'
import path from 'node:path'
import {check} from '../check.ts'
import type {Config} from '../config/schema.ts'
import {buildPageDiff} from '../history/build-page-diff.ts'
import {sectionLines} from '../history/section-lines.ts'
import {buildTodo, type TodoPage} from './build-todo.ts'
import type {TodoItem} from './types.ts'

/** Check the content and list one locale's translation work, ranked (see `buildTodo`). */
export async function todoList(options: {config: Config; cwd: string; contentDir: string; locale: string; siteUrl?: string; cacheDir?: string}): Promise<TodoItem[]> {
  const {config, cwd} = options
  const result = await check({config, cwd, contentDir: options.contentDir, locales: [options.locale], keepBaseText: true, ...(options.cacheDir ? {cacheDir: options.cacheDir} : {})})
  const summaries = new Map(result.summaries.map((summary) => [`${summary.locale}/${summary.page}`, summary]))
  const sources = result.summaries.filter((summary) => summary.locale === result.report.sourceLocale)
  const locales = new Set([result.report.sourceLocale, ...result.report.locales])
  const pages: TodoPage[] = []
  for (const [id, alignment] of result.alignments) {
    const target = summaries.get(id)
    if (!target || target.locale !== options.locale) continue
    const source = summaries.get(`${result.report.sourceLocale}/${target.page}`)!
    const history = result.history.get(id)
    const sourceText = await fs.readFile(path.resolve(cwd, source.file), 'utf8')
    const page: TodoPage = {source, target, alignment, sourceLines: sectionLines(sourceText, source.sections)}
    if (history) {
      page.history = history
      const targetText = await fs.readFile(path.resolve(cwd, target.file), 'utf8')
      page.diff = buildPageDiff({config, locales, source, target, alignment, history, sourceText, targetText})
    }
    pages.push(page)
  }
  return buildTodo(pages, sources, options.siteUrl === undefined ? {} : {siteUrl: options.siteUrl})
}
