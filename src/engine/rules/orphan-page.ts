import type {Rule} from './types.ts'

/** A translated page whose source page no longer exists. */
export const orphanPage: Rule = {
  id: 'orphan-page',
  description: 'Every translated page has a source page',
  severity: 'warning',
  docs: 'A translation whose source page was removed or moved. Move the translation along with its source (keep an alias for old links) or delete it.',
  check({source, target, sourceLocale, report}) {
    if (source || !target) return
    report({message: `No ${sourceLocale} page \`${target.page}\`: the source was moved or removed`, at: {line: 1, column: 1}})
  },
  examples: []
}
