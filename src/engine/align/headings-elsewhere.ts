import type {PageIndex} from '../content/index-pages.ts'
import type {Alignment} from './types.ts'

/**
 * The headings the page's translations other than `locale` give one of its source sections (by
 * index in the source page's sections), one per locale whose translation pairs a section with it.
 */
export function headingsElsewhere({locales, byLocale}: PageIndex, alignments: ReadonlyMap<string, Alignment>, locale: string, page: string, section: number): string[] {
  const headings: string[] = []
  for (const other of locales) {
    const pair = other === locale ? undefined : alignments.get(`${other}/${page}`)?.pairs.find((each) => each.source === section)
    if (pair) headings.push(byLocale.get(other)!.get(page)!.sections[pair.target]!.title)
  }
  return headings
}
