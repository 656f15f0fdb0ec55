import {describeSection, type Rule} from './types.ts'

/** A section whose heading rank differs from its source counterpart's. */
export const headingLevel: Rule = {
  id: 'heading-level',
  description: 'Translated headings keep the rank of their source headings',
  severity: 'warning',
  docs: 'A heading promoted or demoted relative to its source counterpart changes the page outline, the table of contents and the anchors readers see. Pairs the aligner is unsure of (confidence below 0.5) are not judged.',
  check({source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    for (const pair of alignment.pairs) {
      // A pair the aligner is unsure of (below one half) is no evidence that a heading changed rank.
      if (pair.relation === 'split' || pair.relation === 'merged' || pair.source === 0 || pair.confidence < 0.5) continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      if (from.level === to.level) continue
      report({
        message: `Heading is H${to.level} here but H${from.level} in the source (${describeSection(from)})`,
        at: to,
        source: {file: source.file, line: from.line}
      })
    }
  },
  examples: [
    {
      title: 'A demoted heading',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n',
      translation: '# Guía\n\n### Instalar\n\nEjecuta `npm i`.\n',
      expected: ['3:1 Heading is H3 here but H2 in the source (“Install”)']
    }
  ]
}
