import type {CheckOptions} from '../check.ts'
import {findPages, type ContentTree} from './find-pages.ts'

/** The content tree `check` reads: every page file of every locale, and what could not be read. */
export function findContent(options: CheckOptions): Promise<ContentTree> {
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
