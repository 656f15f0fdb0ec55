import type {SectionChange} from '../history/types.ts'
import {insertionPoint} from '../align/insertion-point.ts'
import {outstandingKinds} from './outstanding-kinds.ts'
import {describePlace, describeSection, type Rule} from './types.ts'

/** A translated section whose source section changed, moved or appeared since the translation's base. */
export const outdatedSection: Rule = {
  id: 'outdated-section',
  description: 'The source section of a translated section has not changed since the translation’s base',
  severity: 'warning',
  docs: 'Reported on the translated section, naming its source section and how that changed since the translation’s base (see `outdated-page`): prose, code, links, components (a card or shortcode added, removed or pointed elsewhere), or only a typo (`info`); a section that moved in the source is `info`. A source section added since the base is reported where it belongs in the translation, as new rather than as dropped by the translator (`missing-section` leaves it to this rule). Its examples run in a temporary git repository: the translation committed with the source at its base, then the source edited in a later commit.',
  check({config, source, target, alignment, history, report}) {
    const changes = history?.changes
    if (!source || !target || !alignment || !changes || changes.unchanged || !history.base.commit) return
    const base = history.base.commit.slice(0, 7)
    const reported = new Set<number>()
    for (const pair of alignment.pairs) {
      if (reported.has(pair.source)) continue
      reported.add(pair.source)
      const change = changes.sections[pair.source]
      if (!change || change.change === 'unchanged') continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      // A scaffold of the source section (`lockstep sync`) is reported as such, by `untranslated-scaffold`.
      if (to.scaffold) continue
      const kinds = change.change === 'changed' ? outstandingKinds(change, from, to) : change.kinds
      // Its code and link changes are in the translation already (`lockstep sync`), and nothing else changed.
      if (change.change === 'changed' && kinds.length === 0) continue
      // An empty list of kinds (an added section) is not a typo fix, though `[].every()` is true.
      const trivial = change.change === 'moved' || (change.change === 'changed' && kinds.length > 0 && kinds.every((kind) => kind === 'typo'))
      report({
        message: `Source section ${describeSection(from)} ${describe({...change, kinds})} since this translation’s base ${base}`,
        at: {line: to.line, column: to.column},
        source: {file: source.file, line: from.line},
        ...(trivial ? {severity: 'info' as const} : {})
      })
    }
    for (const index of alignment.unmatchedSource) {
      if (changes.sections[index]?.change !== 'added') continue
      const section = source.sections[index]!
      const after = insertionPoint(alignment, target.sections, index, config.alignment.uncertainBelow)
      report({
        message: `Section ${describeSection(section)} (H${section.level}) was added to the source after this translation’s base ${base}; it belongs ${describePlace(after)}`,
        at: {line: after.endLine + 1, column: 1},
        source: {file: source.file, line: section.line}
      })
    }
  },
  examples: [
    {
      title: 'A command changed in the source since the translation',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Check\n\nRun `npx lockstep check` and read the report.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Check\n\nRun `npx lockstep check --fail-on warning` and read the report.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n\n## Comprobar\n\nEjecuta `npx lockstep check` y lee el informe.\n',
      expected: ['7:1 Source section “Check” changed (code) since this translation’s base <base>']
    },
    {
      title: 'A section added to the source since the translation, apart from one the translator dropped',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json`.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit `config.json`.\n\n## Upgrade\n\nNew releases come out every month.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n',
      expected: ['5:1 Section “Upgrade” (H2) was added to the source after this translation’s base <base>; it belongs after “Instalar”']
    }
  ]
}

function describe(change: SectionChange): string {
  if (change.change === 'moved') return 'moved'
  if (change.change === 'added') return 'was added'
  const kinds = change.kinds.filter((kind) => kind !== 'typo')
  if (kinds.length === 0) return 'had a typo or whitespace fix'
  return `changed (${kinds.join(', ')}${change.kinds.includes('typo') ? ', typo' : ''})`
}
