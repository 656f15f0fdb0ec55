import {missingSection} from './missing-section.ts'
import {describeSection, type Rule} from './types.ts'

/** A source section that `lockstep sync` copied into the translation, still marked untranslated. */
export const untranslatedScaffold: Rule = {
  id: 'untranslated-scaffold',
  description: 'Sections scaffolded by `lockstep sync` get translated',
  severity: 'error',
  docs: 'A section holding the `<!-- lockstep:untranslated -->` marker (`{/* lockstep:untranslated */}` in MDX), which `lockstep sync` puts under a source section it copies into a translation where the section was missing. Readers see the source text (Lockstep’s site marks it as not yet translated), so it is reported at `missing-section`’s severity: scaffolding a section never silences CI. Translate the section and delete the marker.',
  check({config, source, target, alignment, report}) {
    if (!source || !target || !alignment) return
    // At `missing-section`'s severity (its configured one, or its default): the section is as missing as before.
    const setting = config.rules[missingSection.id]
    const severity = setting === undefined ? missingSection.severity : typeof setting === 'string' ? setting : setting[0]
    if (severity === 'off') return
    for (const pair of alignment.pairs) {
      const section = target.sections[pair.target]!
      if (!section.scaffold) continue
      const from = source.sections[pair.source]!
      report({
        message: `Section ${describeSection(section)} (H${section.level}) is an untranslated scaffold: the source text under a \`lockstep:untranslated\` marker`,
        at: {line: section.line, column: section.column},
        source: {file: source.file, line: from.line},
        severity
      })
    }
  },
  examples: [
    {
      title: 'A section that `lockstep sync` scaffolded',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json` to choose the locales.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n\n## Configure\n\n<!-- lockstep:untranslated -->\n\nEdit `config.json` to choose the locales.\n',
      expected: ['7:1 Section “Configure” (H2) is an untranslated scaffold: the source text under a `lockstep:untranslated` marker']
    }
  ]
}
