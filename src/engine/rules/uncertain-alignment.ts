import {insertionPair} from '../align/insertion-point.ts'
import type {SectionPair} from '../align/types.ts'
import {describeSection, type Rule} from './types.ts'

/** A page whose alignment is unsure where another rule would have made a claim on it. */
export const uncertainAlignment: Rule = {
  id: 'uncertain-alignment',
  description: 'The aligner is sure of every pair that a heading-level, section-order or placement finding would rest on',
  severity: 'info',
  docs: 'A pair of sections with a confidence below `alignment.uncertainBelow` (default 0.5) makes no `heading-level` or `section-order` finding and places no missing section: such claims would rest on a guess. The page gets this one finding instead, naming the least sure of those pairs with both headings and its confidence (the JSON report keeps every pair’s confidence). A pair of different ranks whose translated section fits nearly as well with an unpaired source section of its own rank is as unsure, and the message names that section. Open both files there: either the translation is far from its source, or the aligner is wrong.',
  check({config, source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    const threshold = config.alignment.uncertainBelow
    const unsure = (pair: SectionPair) => pair.source !== 0 && pair.confidence < threshold
    // The pairs a missing section would have been placed after, had they been sure.
    const anchors = new Set<number>()
    for (const index of alignment.unmatchedSource) {
      const pair = insertionPair(alignment, index)
      if (pair && unsure(pair)) anchors.add(pair.source)
    }
    const claims = alignment.pairs.filter((pair) => {
      const levels = pair.relation !== 'split' && pair.relation !== 'merged' && source.sections[pair.source]!.level !== target.sections[pair.target]!.level
      // A rank difference with a close rival of the translated rank is as unsure (`markRankRivals`).
      if (levels && pair.source !== 0 && pair.rival !== undefined) return true
      if (!unsure(pair)) return false
      return levels || pair.relation === 'moved' || anchors.has(pair.source)
    })
    if (claims.length === 0) return
    const least = [...claims].sort((a, b) => a.confidence - b.confidence || a.target - b.target)[0]!
    const from = source.sections[least.source]!
    const to = target.sections[least.target]!
    const more = claims.length > 1 ? ` (and ${claims.length - 1} more unsure pair${claims.length === 2 ? '' : 's'})` : ''
    report({
      message: `Alignment uncertain around ${describeSection(to)} ↔ source ${describeSection(from)} (confidence ${least.confidence.toFixed(2)}${least.rival === undefined ? '' : `; source ${describeSection(source.sections[least.rival]!)}, of the same rank, fits nearly as well`})${more}: no heading-level, section-order or placement claim rests on this pair`,
      at: to,
      source: {file: source.file, line: from.line}
    })
  },
  examples: [
    {
      title: 'A heading two ranks down, paired by its place alone',
      source: '# Guide\n\n## Install\n\nRun `npm i` in the folder.\n\n## Deploy\n\nPush to the main branch when the tests pass.\n\n## Monitor\n\nWatch the [dashboard](/dash/).\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i` en la carpeta.\n\n#### Publicar\n\nSube a la rama principal cuando pasen las pruebas.\n\n## Vigilar\n\nMira el [panel](/dash/).\n',
      expected: ['7:1 Alignment uncertain around “Publicar” ↔ source “Deploy” (confidence 0.45): no heading-level, section-order or placement claim rests on this pair']
    }
  ]
}
