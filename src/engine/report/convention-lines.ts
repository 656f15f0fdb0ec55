import type {Convention} from '../conventions/types.ts'
import {plural} from './plural.ts'

/** One line per convention: its id, its support and its status (`… 68 pages in 13 locales, learned`). */
export function conventionLines(conventions: readonly Convention[]): string[] {
  return conventions.map((convention) => {
    const newer = convention.newer > 0 ? `; ${convention.newer} made before the source had it` : ''
    return `${convention.id}  ${plural(convention.pages, 'page')} in ${plural(convention.locales.length, 'locale')} (${Math.round(convention.share * 100)}% of the pages that could)${newer}, ${convention.status}`
  })
}
