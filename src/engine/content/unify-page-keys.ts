import {pageUrlOf} from '../sections/normalize-link.ts'
import type {PageFile} from './find-pages.ts'

/**
 * Give a translation the source page's key when both are the same page under another file name.
 *
 * Hugo serves `docs/php.md` and `docs/php/_index.md` (or `docs/php/index.md`) at the same URL,
 * and Astro does the same for `guide.md` and `guide/index.md`: a translation that chose the other
 * form is the translation of that page, not an orphan beside a missing page. Keys are compared by
 * the URL they are served at; a locale holding both forms of one page keeps its own keys.
 */
export function unifyPageKeys(files: readonly PageFile[], sourceLocale: string): PageFile[] {
  const sourceByUrl = new Map<string, string>()
  const keys = new Set<string>()
  for (const file of files) {
    if (file.locale !== sourceLocale) continue
    sourceByUrl.set(pageUrlOf(file.page), file.page)
    keys.add(`${file.locale}\u0000${file.page}`)
  }
  const urlsPerLocale = new Map<string, number>()
  for (const file of files) {
    const key = `${file.locale}\u0000${pageUrlOf(file.page)}`
    urlsPerLocale.set(key, (urlsPerLocale.get(key) ?? 0) + 1)
  }
  return files.map((file) => {
    if (file.locale === sourceLocale) return file
    const url = pageUrlOf(file.page)
    const source = sourceByUrl.get(url)
    if (source === undefined || source === file.page || urlsPerLocale.get(`${file.locale}\u0000${url}`)! > 1) return file
    return {...file, page: source}
  })
}
