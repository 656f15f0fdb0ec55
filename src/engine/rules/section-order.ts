import type {SectionSummary} from '../sections/types.ts'
import {describeSection, type Rule} from './types.ts'

/** A section that appears in a different order than in the source. */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'Translated sections follow the order of the source',
  severity: 'warning',
  docs: 'Reported on a section the aligner could pair only out of order: the source moved it, or the translation did. Not reported for a pair the aligner is unsure of (`alignment.uncertainBelow`); see `uncertain-alignment`. A glossary whose translations sort their entries by the translated terms can be learned as a convention (`sections sorted by their own titles`).',
  check({config, locale, source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    for (const pair of alignment.pairs) {
      if (pair.relation !== 'moved' || pair.confidence < config.alignment.uncertainBelow) continue
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
    }
  ]
}

/**
 * Whether the section and at least two siblings (same rank, same parent) stand in the
 * alphabetical order of their titles in the translation's language, as a translated glossary does.
 */
function sortedByTitle(sections: SectionSummary[], index: number, locale: string): boolean {
  const level = sections[index]!.level
  let first = index
  while (first > 1 && sections[first - 1]!.level >= level) first--
  let last = index
  while (last + 1 < sections.length && sections[last + 1]!.level >= level) last++
  const titles = sections.slice(first, last + 1).filter((section) => section.level === level).map((section) => section.title)
  if (titles.length < 3) return false
  let collator: Intl.Collator
  try {
    collator = new Intl.Collator(locale)
  } catch {
    collator = new Intl.Collator()
  }
  return titles.every((title, position) => position === 0 || collator.compare(titles[position - 1]!, title) <= 0)
}
