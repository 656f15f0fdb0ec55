import {describeSection, type Rule} from './types.ts'

/** A section that appears in a different order than in the source. */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'Translated sections follow the order of the source',
  severity: 'warning',
  docs: 'Reported on a section the aligner could pair only out of order: the source moved it, or the translation did. Not reported for a pair the aligner is unsure of (`alignment.uncertainBelow`); see `uncertain-alignment`.',
  check({config, source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    for (const pair of alignment.pairs) {
      if (pair.relation !== 'moved' || pair.confidence < config.alignment.uncertainBelow) continue
      const from = source.sections[pair.source]!
      report({
        message: `Section is out of order: its source ${describeSection(from)} is at a different place in the source page`,
        at: target.sections[pair.target]!,
        source: {file: source.file, line: from.line}
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
