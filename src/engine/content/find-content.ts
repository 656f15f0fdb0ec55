import type {Config} from '../config/schema.ts'
import {findPages, type ContentTree} from './find-pages.ts'

/** Where `findContent` looks: the config and the run's folders and locales (a `check`'s options are such). */
export interface ContentOptions {
  config: Config
  /** Folder the content path resolves from; paths in the report are relative to it. */
  cwd: string
  /** Content folder; defaults to `config.contentDir`. */
  contentDir?: string
  /** Folder nothing is read outside of (symbolic links out of it are reported); defaults to `cwd`. */
  projectRoot?: string
  /** Only these translation locales (default: `config.locales`). */
  locales?: string[]
}

/** The content tree `check` reads: every page file of every locale, and what could not be read. */
export function findContent(options: ContentOptions): Promise<ContentTree> {
  const {config} = options
  return findPages({
    root: options.contentDir ?? config.contentDir,
    cwd: options.cwd,
    ...(options.projectRoot ? {projectRoot: options.projectRoot} : {}),
    sourceLocale: config.sourceLocale,
    layout: config.layout,
    locales: options.locales ?? config.locales,
    ignores: config.ignores
  })
}
