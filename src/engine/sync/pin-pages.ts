import fs from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../config/schema.ts'
import {findPages} from '../content/find-pages.ts'
import {UsageError} from '../errors.ts'
import {classifyChanges} from '../history/classify-changes.ts'
import {findRepo} from '../history/find-repo.ts'
import {readHistory} from '../history/read-history.ts'
import {runGit} from '../history/run-git.ts'
import type {Base} from '../history/types.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import {applyEdits} from './apply-edits.ts'
import {describeChanges} from './describe-changes.ts'
import {pinEdit} from './pin-edit.ts'

/** One translated page to pin: its new text and what the pin now claims to cover. */
export interface PinPlan {
  file: string
  path: string
  original: Buffer
  /** The new text; absent when the page cannot be pinned (`reason`). */
  text?: string
  reason?: string
  /** The page's base before (its old pin, or its base from history). */
  from: Base
  /** Source sections that changed between the old base and the new pin (`“Install” (code)`). */
  changed: string[]
}

/**
 * Plan setting the pin (`history.pinKey`) of translated pages at or under `paths` to `rev`,
 * which must be an ancestor of HEAD (`UsageError` otherwise), with the source sections that
 * changed between each page's old base and the new pin. Writes nothing.
 */
export async function planPins(options: {config: Config; cwd: string; contentDir: string; paths: string[]; rev: string}): Promise<{commit: string; pages: PinPlan[]}> {
  const {config, cwd} = options
  const repo = await findRepo(path.resolve(cwd, options.contentDir))
  if (!('root' in repo)) throw new UsageError(`lockstep pin needs a git repository with commits: ${repo.reason}`)
  let commit: string
  try {
    commit = (await runGit(repo.root, ['rev-parse', '--verify', '--quiet', `${options.rev}^{commit}`])).toString('utf8').trim()
  } catch {
    throw new UsageError(`Not a commit: ${options.rev}`)
  }
  try {
    await runGit(repo.root, ['merge-base', '--is-ancestor', commit, 'HEAD'])
  } catch {
    throw new UsageError(`${options.rev} (${commit.slice(0, 7)}) is not an ancestor of HEAD: a pin must name a commit of this branch's history`)
  }
  const tree = await findPages({root: options.contentDir, cwd, sourceLocale: config.sourceLocale, layout: config.layout, locales: config.locales, ignores: config.ignores})
  const wanted = options.paths.map((each) => path.resolve(cwd, each))
  const selected = tree.files.filter((file) => file.locale !== tree.sourceLocale && wanted.some((each) => file.path === each || file.path.startsWith(each + path.sep)))
  if (selected.length === 0) throw new UsageError(`No translated page at ${options.paths.join(', ')}`)
  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const requests = []
  const pages: PinPlan[] = []
  for (const file of selected) {
    const sourceFile = tree.files.find((each) => each.locale === tree.sourceLocale && each.page === file.page)
    const original = await fs.readFile(file.path)
    const entry: PinPlan = {file: file.file, path: file.path, original, from: {commit: null, date: null, from: 'unknown'}, changed: []}
    pages.push(entry)
    if (!sourceFile) {
      entry.reason = 'has no source page'
      continue
    }
    const edit = pinEdit(original.toString('utf8'), config.history.pinKey, commit)
    if (!edit) {
      entry.reason = 'has no front matter to hold a pin'
      continue
    }
    entry.text = applyEdits(original.toString('utf8'), [edit])
    const target = summarizePage(original, {file: file.file, locale: file.locale, page: file.page, locales}, config)
    const source = summarizePage(await fs.readFile(sourceFile.path), {file: sourceFile.file, locale: sourceFile.locale, page: sourceFile.page, locales}, config)
    requests.push({id: file.file, source, target, entry, sourceFile: path.relative(repo.root, sourceFile.path).split(path.sep).join('/')})
  }
  const history = await readHistory({config, cwd, contentDir: options.contentDir, locales, requests, keepText: true})
  for (const request of requests) {
    const before = history.get(request.id)
    if (!before) continue
    request.entry.from = before.base
    let now: Buffer
    try {
      now = await runGit(repo.root, ['cat-file', 'blob', `${commit}:${request.sourceFile}`])
    } catch {
      request.entry.changed = [`the source page is not at ${commit.slice(0, 7)}`]
      continue
    }
    const after = summarizePage(now, {file: request.source.file, locale: request.source.locale, page: request.source.page, locales}, config)
    if (!before.baseSummary) {
      request.entry.changed = [`unknown: ${before.pinError ?? before.reason ?? 'no base'}`]
      continue
    }
    request.entry.changed = describeChanges(classifyChanges(before.baseSummary, after, config.history.typoChars), after, before.baseSummary)
  }
  return {commit, pages}
}
