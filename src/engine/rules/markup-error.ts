import type {Rule} from './types.ts'

/** Markdown that does not render as its author meant. */
export const markupError: Rule = {
  id: 'markup-error',
  description: 'Markdown renders as its author meant',
  severity: 'warning',
  docs: 'Markdown that CommonMark reads differently from what the author meant: `** text **` (spaces inside the markers) is not bold, and a code fence that is never closed turns the rest of the page into code. Decided from the parsed page: only a `**`/`__` run the parser left as literal text counts, so two bold spans in one paragraph (`**a** und **b**`), escaped stars and code spans never do; a fence closed inside a block quote (`> ```) is closed. Checked on every page, source included.',
  check({target, report}) {
    for (const problem of target?.problems ?? []) {
      if (problem.ruleId === 'markup-error') report({message: problem.message, at: problem})
    }
  },
  examples: [
    {
      title: 'Spaces inside strong markers',
      source: '# Guide\n\nThis is **unsafe** on public networks.\n',
      translation: '# Guía\n\nEsto es ** inseguro ** en redes públicas.\n',
      expected: ['3:9 `** inseguro **` does not render as bold: remove the spaces inside the `**`']
    },
    {
      title: 'Two bold spans, escaped stars, code and a fence closed inside a quote are fine',
      source: '# Guide\n\nThis is **safe** and **fast**, unlike ** this **.\n\n> Run:\n>\n> ```sh\n> npm i\n> ```\n',
      translation:
        '# Anleitung\n\nDas ist **sicher** und **schnell**, \\*\\* nicht \\*\\* `** code **` und ** das **.\n\n> Ausführen:\n>\n> ```sh\n> npm i\n> ```\n',
      locale: 'de',
      expected: ['3:70 `** das **` does not render as bold: remove the spaces inside the `**`']
    }
  ]
}
