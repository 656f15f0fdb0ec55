import type {Rule} from './types.ts'

/** A translation whose source changed since the revision it was translated from. */
export const outdatedPage: Rule = {
  id: 'outdated-page',
  description: 'The source page has not changed since the translation’s base',
  severity: 'warning',
  docs: 'The base is the source revision a translation corresponds to: the commit in its front-matter pin (`history.pinKey`, default `default_lang_commit`), else the last commit that touched the translation (by ancestry, skipping commits whose message has one of `history.ignoreKeywords`). The rule compares the source page at the base with the source page now, section by section. Typo and whitespace fixes only are `info`. A pin that does not resolve is reported too. Without git, or when a shallow clone does not reach the base, the base is unknown and the rule is silent. Its examples run in a temporary git repository: the translation committed with the source at its base, then the source edited in a later commit.',
  check({config, source, target, history, report, sourceLocale}) {
    if (!source || !target || !history) return
    const cause = {file: source.file, line: 1}
    if (history.pinError) {
      const line = target.frontmatterLines[config.history.pinKey] ?? 1
      report({message: `${history.pinError}; staleness unknown`, at: {line, column: 1}, source: cause})
      return
    }
    const changes = history.changes
    if (!changes || changes.unchanged || !history.base.commit) return
    const counts = new Map<string, number>()
    for (const section of changes.sections) if (section.change !== 'unchanged') counts.set(section.change, (counts.get(section.change) ?? 0) + 1)
    const parts = [...counts].map(([change, count]) => `${count} section${count === 1 ? '' : 's'} ${change}`)
    if (changes.removed.length > 0) parts.push(`${changes.removed.length} removed`)
    const {commit, date, from} = history.base
    const behind = history.behind === null ? '' : `, ${history.behind} commit${history.behind === 1 ? '' : 's'} behind`
    report({
      message: `The ${sourceLocale} page changed since this translation’s base ${commit.slice(0, 7)} (${from}${date ? `, ${date.slice(0, 10)}` : ''}${behind}): ${changes.trivial ? 'typo fixes only' : parts.join(', ')}`,
      at: {line: 1, column: 1},
      source: cause,
      // A typo fix in the source rarely needs the translation touched.
      ...(changes.trivial ? {severity: 'info' as const} : {})
    })
  },
  examples: [
    {
      title: 'The source rewrote a section and gained one since the translation',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i` in the project.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i` in the project, then commit the lockfile with it.\n\n## Upgrade\n\nNew releases come out every month.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i` en el proyecto.\n',
      expected: ['1:1 The en page changed since this translation’s base <base> (history, 2024-05-01, 1 commit behind): 1 section changed, 1 section added']
    },
    {
      title: 'Typo fixes only (info)',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i` in the projcet.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i` in the project.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta `npm i` en el proyecto.\n',
      expected: ['1:1 The en page changed since this translation’s base <base> (history, 2024-05-01, 1 commit behind): typo fixes only']
    },
    {
      title: 'A pin to a commit the repository does not have',
      sourceAtBase: '# Guide\n\n## Install\n\nRun `npm i`.\n',
      source: '# Guide\n\n## Install\n\nRun `npm i`.\n',
      translation: '---\ndefault_lang_commit: 0123456789abcdef0123456789abcdef01234567\n---\n\n# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n',
      expected: ['2:1 Pinned source commit `0123456789abcdef0123456789abcdef01234567` does not resolve (no such commit in this repository); staleness unknown']
    }
  ]
}
