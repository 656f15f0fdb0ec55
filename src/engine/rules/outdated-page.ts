import type {Rule} from './types.ts'

/** A translation whose source changed since the revision it was translated from. */
export const outdatedPage: Rule = {
  id: 'outdated-page',
  description: 'The source page has not changed since the translation’s base',
  severity: 'warning',
  docs: 'The base is the source revision a translation corresponds to: the commit in its front-matter pin (`history.pinKey`, default `default_lang_commit`), else the last commit that touched the translation (by ancestry, skipping commits whose message has one of `history.ignoreKeywords`). The rule compares the source page at the base with the source page now, section by section. Typo and whitespace fixes only are `info`. A pin that does not resolve is reported too. Without git, or when a shallow clone does not reach the base, the base is unknown and the rule is silent. Its examples need a git history, so they are tested in `test/history/`.',
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
  examples: []
}
