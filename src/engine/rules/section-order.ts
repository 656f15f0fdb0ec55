import type {SectionSummary} from '../sections/types.ts'
import {describeSection, type Rule} from './types.ts'

/** A section that appears in a different order than in the source. */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'Translated sections follow the order of the source',
  severity: 'warning',
  docs: 'Reported on a section the aligner could pair only out of order: the source moved it, or the translation did. Not reported for a pair the aligner is unsure of (`alignment.uncertainBelow`); see `uncertain-alignment`. Not reported either where each page sorts a list of sibling sections by its own titles (a glossary: at least 5 siblings on each side, all but a tenth of them in the alphabetical order of the page’s language, case and accents aside) and the translated section stands at its alphabetical place: the order differs because the titles are translated. A section off the list’s alphabetical order (on no longest alphabetical run of it) is still reported. A shorter list sorted the same way can be learned as a convention (`sections sorted by their own titles`).',
  check({config, sourceLocale, locale, source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    for (const pair of alignment.pairs) {
      if (pair.relation !== 'moved' || pair.confidence < config.alignment.uncertainBelow) continue
      if (inSortedList(source.sections, pair.source, sourceLocale, false) && inSortedList(target.sections, pair.target, locale, true)) continue
      const from = source.sections[pair.source]!
      report({
        message: `Section is out of order: its source ${describeSection(from)} is at a different place in the source page`,
        at: target.sections[pair.target]!,
        source: {file: source.file, line: from.line},
        ...(sortedByTitle(target.sections, pair.target, locale) ? {difference: {key: 'sections sorted by their own titles', side: 'added' as const}} : {})
      })
    }
  },
  examples: [
    {
      title: 'Two sections swapped',
      source: '# Guide\n\n## Install\n\nRun `npm install lockstep` on [Node](https://nodejs.org).\n\n## Configure\n\nEdit `lockstep.config.json` and see [options](/docs/options/).\n',
      translation: '# Guía\n\n## Configurar\n\nEdita `lockstep.config.json` y mira [opciones](/docs/options/).\n\n## Instalar\n\nEjecuta `npm install lockstep` en [Node](https://nodejs.org).\n',
      expected: ['3:1 Section is out of order: its source “Configure” is at a different place in the source page']
    },
    {
      title: 'A glossary sorted by its translated terms: only the entry out of its alphabetical place',
      source: '# Glossary\n\n## Apple\n\nSee [apple](/fruits/apple/).\n\n## Banana\n\nSee [banana](/fruits/banana/).\n\n## Cherry\n\nSee [cherry](/fruits/cherry/).\n\n## Grape\n\nSee [grape](/fruits/grape/).\n\n## Lemon\n\nSee [lemon](/fruits/lemon/).\n\n## Orange\n\nSee [orange](/fruits/orange/).\n',
      translation: '# Glosario\n\n## Cereza\n\nVéase [cherry](/fruits/cherry/).\n\n## Limón\n\nVéase [lemon](/fruits/lemon/).\n\n## Plátano\n\nVéase [banana](/fruits/banana/).\n\n## Manzana\n\nVéase [apple](/fruits/apple/).\n\n## Naranja\n\nVéase [orange](/fruits/orange/).\n\n## Uva\n\nVéase [grape](/fruits/grape/).\n',
      expected: ['11:1 Section is out of order: its source “Banana” is at a different place in the source page']
    }
  ]
}

/** A list sorted by title has this many siblings at least: fewer are sorted by chance too often. */
const sortedListMin = 5

/**
 * Whether the section belongs to a list of siblings (same rank, same parent) sorted by title in
 * the page's language (`Intl.Collator` of the locale, case and accents aside), as each page of a
 * glossary sorts its own terms: at least 5 siblings, all but a tenth of them (at least one) in
 * alphabetical order. With `inPlace`, the section must also be at its alphabetical place: on a
 * longest alphabetical run of the list (of two neighbours swapped, either is; a section put
 * further from its place is on none).
 */
function inSortedList(sections: SectionSummary[], index: number, locale: string, inPlace: boolean): boolean {
  const {titles, position, first} = siblingTitles(sections, index)
  if (titles.length < sortedListMin) return false
  const {ending, starting, longest} = alphabeticalRuns(sections, `${first}\u0000${sections[index]!.level}\u0000${locale}`, titles, locale)
  if (longest < titles.length - Math.max(1, Math.floor(titles.length / 10))) return false
  if (!inPlace) return true
  return ending[position]! + starting[position]! - 1 === longest
}

/** Each page's lists of siblings by their first section, rank and locale: a glossary's moved pairs share one list, whose runs cost the square of its length. */
const runsOf = new WeakMap<SectionSummary[], Map<string, {ending: number[]; starting: number[]; longest: number}>>()

/** The longest alphabetical runs (subsequences) of `titles` ending at and starting from each title, and the longest of all. */
function alphabeticalRuns(sections: SectionSummary[], list: string, titles: string[], locale: string): {ending: number[]; starting: number[]; longest: number} {
  let lists = runsOf.get(sections)
  if (!lists) runsOf.set(sections, (lists = new Map()))
  const known = lists.get(list)
  if (known) return known
  const n = titles.length
  const collator = collatorOf(locale, {sensitivity: 'base'})
  const inOrder = (a: number, b: number) => collator.compare(titles[a]!, titles[b]!) <= 0
  const ending = new Array<number>(n).fill(1)
  const starting = new Array<number>(n).fill(1)
  for (let b = 0; b < n; b++) for (let a = 0; a < b; a++) if (inOrder(a, b)) ending[b] = Math.max(ending[b]!, ending[a]! + 1)
  for (let a = n - 1; a >= 0; a--) for (let b = a + 1; b < n; b++) if (inOrder(a, b)) starting[a] = Math.max(starting[a]!, starting[b]! + 1)
  const runs = {ending, starting, longest: Math.max(...ending)}
  lists.set(list, runs)
  return runs
}

/**
 * Whether the section and at least two siblings (same rank, same parent) stand in the
 * alphabetical order of their titles in the translation's language, as a translated glossary does.
 */
function sortedByTitle(sections: SectionSummary[], index: number, locale: string): boolean {
  const {titles} = siblingTitles(sections, index)
  if (titles.length < 3) return false
  const collator = collatorOf(locale)
  return titles.every((title, position) => position === 0 || collator.compare(titles[position - 1]!, title) <= 0)
}

/** The titles of a section and its siblings (same rank, same parent), in page order, its place among them, and where they start. */
function siblingTitles(sections: SectionSummary[], index: number): {titles: string[]; position: number; first: number} {
  const level = sections[index]!.level
  let first = index
  while (first > 1 && sections[first - 1]!.level >= level) first--
  let last = index
  while (last + 1 < sections.length && sections[last + 1]!.level >= level) last++
  const titles: string[] = []
  let position = 0
  for (let k = first; k <= last; k++) {
    if (sections[k]!.level !== level) continue
    if (k === index) position = titles.length
    titles.push(sections[k]!.title)
  }
  return {titles, position, first}
}

function collatorOf(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  try {
    return new Intl.Collator(locale, options)
  } catch {
    return new Intl.Collator(undefined, options)
  }
}
