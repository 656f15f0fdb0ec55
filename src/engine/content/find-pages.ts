import fs, {type Dirent} from 'node:fs'
import path from 'node:path'
import {isLocaleTag} from './is-locale-tag.ts'
import {unifyPageKeys} from './unify-page-keys.ts'

/** Extensions of the files Lockstep reads as pages. */
export const pageExtensions = ['.md', '.mdx', '.markdown']

/** One page of one locale on disk. */
export interface PageFile {
  /** Locale of the page (`en`, `pt-br`). */
  locale: string
  /** Page key shared by every locale: the path inside the locale folder, without extension. */
  page: string
  /** Path relative to the working directory, with `/` separators. */
  file: string
  /** Absolute path. */
  path: string
}

/** A problem found while walking the content tree (not a page's own problem). */
export interface ContentProblem {
  file: string
  message: string
  ruleId: 'parse-error' | 'missing-page'
}

/** Every page of every locale, and what went wrong finding them. */
export interface ContentTree {
  root: string
  layout: 'hugo' | 'starlight'
  sourceLocale: string
  /** Translation locales, sorted. */
  locales: string[]
  files: PageFile[]
  problems: ContentProblem[]
}

/** Options for `findPages`. */
export interface FindPagesOptions {
  /** Content folder (absolute or relative to `cwd`). */
  root: string
  cwd: string
  sourceLocale: string
  layout: 'auto' | 'hugo' | 'starlight'
  /**
   * Folder nothing is read outside of (default `cwd`): a symbolic link that resolves outside it
   * is reported and not followed, so a committed `leak.md -> ~/.ssh/…` never reaches a report.
   * When the content folder itself lies outside it (named on the command line), that folder is the limit.
   */
  projectRoot?: string
  /** Translation locales to keep; all found when empty. */
  locales?: string[]
  ignores?: string[]
}

/**
 * Walk a content tree and list its pages by locale.
 *
 * Follows symbolic links inside the project but visits each real folder once, so a link loop is
 * reported, not followed forever; a link out of the project is reported and not read. A folder
 * that cannot be read (permissions) is reported with the reason and the walk goes on. Files are
 * sorted, so everything downstream is deterministic.
 *
 * The folders are read synchronously, one after another as before: each promise call went through
 * the thread pool and back, and an unchanged check of OpenTelemetry spent most of its walk waiting.
 */
export async function findPages(options: FindPagesOptions): Promise<ContentTree> {
  const root = path.resolve(options.cwd, options.root)
  const problems: ContentProblem[] = []
  const rel = (file: string) => toPosix(path.relative(options.cwd, file))
  const realRoot = fs.realpathSync.native(root)
  const project = fs.realpathSync.native(path.resolve(options.cwd, options.projectRoot ?? '.'))
  const limit = isInside(realRoot, project) ? project : realRoot
  const outside = (file: string) => ({file: rel(file), message: `Symbolic link to a path outside the project folder (${rel(limit) || '.'}): not read`, ruleId: 'parse-error' as const})
  const top = fs.readdirSync(root, {withFileTypes: true})
  const topDirs = top.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).map((entry) => entry.name)
  const layout = options.layout === 'auto' ? (topDirs.includes(options.sourceLocale) ? 'hugo' : 'starlight') : options.layout
  const explicit = options.locales && options.locales.length > 0 ? new Set(options.locales) : undefined
  const localeDirs = topDirs
    .filter((name) => name !== options.sourceLocale && (explicit ? explicit.has(name) : isLocaleTag(name)))
    .sort()
  // Starlight keeps the source pages beside the locale folders: a locale left out of this run
  // (`--locale pt-pt`) is still a locale, not a folder of source pages.
  const notSource = new Set(topDirs.filter((name) => name !== options.sourceLocale && (explicit?.has(name) || isLocaleTag(name))))

  const files: PageFile[] = []
  const visited = new Set<string>()
  const ignores = options.ignores ?? []

  // Each folder's path from the working directory (`dirFile`) and from its locale's folder
  // (`dirInside`) is found once; a page's paths are these and its name (path.relative and
  // path.join, once a page, were a fifth of an unchanged check's walk).
  function walk(dir: string, locale: string, base: string, skip: Set<string>): number {
    let real: string
    try {
      real = fs.realpathSync.native(dir)
    } catch (error) {
      problems.push({file: rel(dir), message: `Cannot read folder: ${reasonOf(error)}`, ruleId: 'parse-error'})
      return 0
    }
    if (!isInside(real, limit)) {
      problems.push(outside(dir))
      return 0
    }
    if (visited.has(real)) {
      problems.push({file: rel(dir), message: 'Symbolic link loop: this folder was already visited, skipped', ruleId: 'parse-error'})
      return 0
    }
    visited.add(real)
    let entries: Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      problems.push({file: rel(dir), message: `Cannot read folder: ${reasonOf(error)}`, ruleId: 'parse-error'})
      return 0
    }
    let count = 0
    const dirFile = rel(dir)
    const dirInside = toPosix(path.relative(base, dir))
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skip.has(entry.name)) continue
      // A name has no separator: the same as path.join(dir, entry.name).
      const full = prefix + entry.name
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          if (!isInside(fs.realpathSync.native(full), limit)) {
            problems.push(outside(full))
            continue
          }
          const stat = fs.statSync(full)
          isDir = stat.isDirectory()
          isFile = stat.isFile()
        } catch {
          problems.push({file: rel(full), message: 'Broken or looping symbolic link, skipped', ruleId: 'parse-error'})
          continue
        }
      }
      if (isDir) {
        count += walk(full, locale, base, new Set())
      } else if (isFile && pageExtensions.includes(path.extname(entry.name).toLowerCase())) {
        const inside = dirInside === '' ? entry.name : `${dirInside}/${entry.name}`
        if (ignores.some((pattern) => path.matchesGlob(inside, pattern))) continue
        files.push({locale, page: inside.slice(0, -path.extname(inside).length), file: dirFile === '' ? entry.name : `${dirFile}/${entry.name}`, path: full})
        count++
      }
    }
    return count
  }

  if (layout === 'hugo') {
    walk(path.join(root, options.sourceLocale), options.sourceLocale, path.join(root, options.sourceLocale), new Set())
  } else {
    // Starlight keeps the source locale at the root, beside the locale folders.
    walk(root, options.sourceLocale, root, notSource)
  }
  for (const locale of localeDirs) {
    const count = walk(path.join(root, locale), locale, path.join(root, locale), new Set())
    if (count === 0) problems.push({file: rel(path.join(root, locale)), message: `Locale folder \`${locale}\` has no pages`, ruleId: 'missing-page'})
  }

  return {root: rel(root) || '.', layout, sourceLocale: options.sourceLocale, locales: localeDirs, files: unifyPageKeys(files, options.sourceLocale), problems}
}

/** Whether `file` is `folder` or inside it (both absolute and real). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/** A file-system error's reason without the path Node appends (`EACCES: permission denied`). */
function reasonOf(error: unknown): string {
  const {code, message} = error as NodeJS.ErrnoException
  return message.replace(/, \w+ '.*'$/s, '') || String(code)
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
