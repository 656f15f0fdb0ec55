import fs from 'node:fs/promises'
import path from 'node:path'
import {loadConfig} from '../../engine/config/load-config.ts'
import {UsageError} from '../../engine/errors.ts'
import {formatTodoMarkdown, formatTodoText} from '../../engine/todo/format-todo.ts'
import {todoList} from '../../engine/todo/todo-list.ts'
import {parseFlags} from '../parse-flags.ts'
import {todoFlags} from '../sync-flags.ts'

/** `lockstep todo --locale <l>`: one locale's translation work, ranked, as text, JSON or a tracking issue's Markdown. */
export async function runTodo(argv: string[], io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  const {values, positionals} = parseFlags(argv, todoFlags)
  const locale = values.locale
  if (typeof locale !== 'string' || locale === '') throw new UsageError('Expected a locale: lockstep todo --locale <locale>')
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0]}\`: lockstep todo --locale <locale>`)
  const {config, cwd} = await loadConfig({cwd: io.cwd, file: values.config as string | undefined})
  let previous: string | undefined
  if (typeof values.previous === 'string') {
    try {
      previous = await fs.readFile(path.resolve(io.cwd, values.previous), 'utf8')
    } catch (error) {
      throw new UsageError(`Previous work list cannot be read: ${(error as Error).message}`)
    }
  }
  const siteUrl = (values['site-url'] as string | undefined) ?? config.site
  const items = await todoList({
    config,
    cwd: io.cwd,
    contentDir: path.relative(io.cwd, path.resolve(cwd, config.contentDir)) || '.',
    locale,
    ...(siteUrl === undefined ? {} : {siteUrl}),
    ...(values['no-cache'] === true ? {} : {cacheDir: path.join(cwd, '.lockstep-cache')})
  })
  if (values.format === 'json') io.stdout.write(JSON.stringify({schemaVersion: 1, locale, items}, null, 2) + '\n')
  else if (values.format === 'markdown') io.stdout.write(formatTodoMarkdown(items, locale, previous))
  else io.stdout.write(formatTodoText(items, locale))
  return 0
}
