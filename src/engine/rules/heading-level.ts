import {describeSection, type Rule} from './types.ts'

/** A section whose heading rank differs from its source counterpart's. */
export const headingLevel: Rule = {
  id: 'heading-level',
  description: 'Translated headings keep the rank of their source headings',
  severity: 'warning',
  docs: 'A heading promoted or demoted relative to its source counterpart changes the page outline, the table of contents and the anchors readers see. Not reported for a pair the aligner is unsure of (`alignment.uncertainBelow`), nor for one whose translated section scores nearly as well with an unpaired source section of its own rank; see `uncertain-alignment`. Nor where the source rewrote the section since the translation’s base under a new heading of another rank (no explicit id kept), and the translation keeps the rank it had then: that is one source change still to translate, reported by `outdated-section`.',
  check({config, source, target, alignment, history, report}) {
    if (!source || !target || !alignment) return
    for (const pair of alignment.pairs) {
      if (pair.relation === 'split' || pair.relation === 'merged' || pair.source === 0) continue
      // An unsure pair is no ground for a claim: `uncertain-alignment` says so instead.
      if (pair.confidence < config.alignment.uncertainBelow || pair.rival !== undefined) continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      if (from.level === to.level) continue
      // The source rewrote the section under a new heading of another rank since the translation's
      // base, and the translation has the rank it had then: one change still to translate, which
      // `outdated-section` reports. A heading only promoted or demoted (or keeping its id) is reported.
      const change = history?.changes?.sections[pair.source]
      if (change?.change === 'changed' && change.baseLevel === to.level) continue
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
