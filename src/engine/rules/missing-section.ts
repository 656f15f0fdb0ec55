import {insertionPoint} from '../align/insertion-point.ts'
import {describePlace, describeSection, type Rule} from './types.ts'

/** A source section with no counterpart in the translation. */
export const missingSection: Rule = {
  id: 'missing-section',
  description: 'Every source section has a counterpart in the translation',
  severity: 'error',
  docs: 'Reported where the missing section belongs in the translation: after the translated counterpart of the source section before it. Readers of the translation never see this content; Lockstep’s site shows the source text in its place. A section added to the source after the translation’s base is left to `outdated-section`.',
  check({config, source, target, alignment, history, report}) {
    if (!source || !target || !alignment) return
    for (const index of alignment.unmatchedSource) {
      // New in the source since the translation's base: `outdated-section` reports it as such.
      if (history?.changes?.sections[index]?.change === 'added') continue
      const section = source.sections[index]!
      const after = insertionPoint(alignment, target.sections, index, config.alignment.uncertainBelow)
      report({
        message: `Missing section ${describeSection(section)} (H${section.level}), which belongs ${describePlace(after)}`,
        at: {line: after.endLine + 1, column: 1},
        source: {file: source.file, line: section.line}
      })
    }
  },
  examples: [
    {
      title: 'A section never translated',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json`.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n',
      expected: ['5:1 Missing section “Configure” (H2), which belongs after “Instalar”']
    },
    {
      title: 'A section dropped by the translator, and one added to the source since the translation (left to `outdated-section`)',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json`.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json`.\n\n## Upgrade\n\nNew releases come out every month.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n',
      expected: ['5:1 Missing section “Configure” (H2), which belongs after “Instalar”']
    }
  ]
}
