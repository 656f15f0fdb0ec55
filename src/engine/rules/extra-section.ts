import {describeSection, type Rule} from './types.ts'

/** A translated section with no counterpart in the source. */
export const extraSection: Rule = {
  id: 'extra-section',
  description: 'Every translated section has a counterpart in the source',
  severity: 'warning',
  docs: 'A section the source does not have: added by the translator, or left behind after the source removed it.',
  check({source, target, alignment, sourceLocale, report}) {
    if (!source || !target || !alignment) return
    for (const index of alignment.unmatchedTarget) {
      const section = target.sections[index]!
      if (section.level === 0) continue
      report({message: `Section ${describeSection(section)} has no counterpart in the ${sourceLocale} page`, at: section})
    }
  },
  examples: [
    {
      title: 'A section the source does not have',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n\n## Preguntas frecuentes\n\nNinguna.\n',
      expected: ['7:1 Section “Preguntas frecuentes” has no counterpart in the en page']
    }
  ]
}
