import type {Rule} from './types.ts'

/** A source page that has no translation in a locale. */
export const missingPage: Rule = {
  id: 'missing-page',
  description: 'Every source page has a translation',
  severity: 'info',
  docs: 'Reported once per source page a locale has not translated, on the path the translation would have. Most sites translate a subset of their pages, so this is `info` by default; raise it to `error` for locales that must be complete.',
  check({source, target, report}) {
    if (!source || target) return
    report({message: `Page not translated yet (source: ${source.file})`, at: {line: 1, column: 1}, source: {file: source.file, line: 1}})
  },
  examples: []
}
