import type {Rule} from './types.ts'

/** A page that could not be read or parsed as written. */
export const parseError: Rule = {
  id: 'parse-error',
  description: 'Pages can be read and parsed',
  severity: 'error',
  docs: 'Invalid front matter, invalid UTF-8, a binary file named like a page, an unclosed or stray shortcode, invalid MDX, a page past a structural limit of the parser (lists and quotes nested more than 100 deep or over more than 50,000 line-levels, a paragraph of more than 2,000 lines in a list or quote, MDX braces nested more than 100 deep), reported at the line of its nesting. The rest of the run goes on; a page that could not be parsed at all is not aligned.',
  check({target, report}) {
    for (const problem of target?.problems ?? []) {
      if (problem.ruleId === 'parse-error') report({message: problem.message, at: problem})
    }
  },
  examples: [
    {
      title: 'Invalid YAML front matter',
      source: '---\ntitle: Guide\n---\n\nText.\n',
      translation: '---\ntitle: [Guía\n---\n\nTexto.\n',
      expected: ['2:13 Invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]']
    }
  ]
}
