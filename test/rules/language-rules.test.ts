import {expect, it} from 'vitest'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {noOtherPages} from '../../src/engine/rules/early-pairs.ts'
import {languageRules, rules, runRules} from '../../src/engine/rules/index.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'

// A pair's early run (`earlyPairs`) runs only `languageRules`, to find the pair's language
// verdicts while pages still parse: a rule that asks the language check and is not listed there
// would ask it only later, on the main thread's critical path. Every rule's examples, with a check
// that answers `source` and notes who asked.
it('lists every rule that asks the language check', () => {
  const config = validateConfig({})
  const locales = new Set(['en', 'es', 'ja'])
  const asking = new Set<string>()
  for (const rule of rules) {
    for (const example of rule.examples) {
      const locale = example.locale ?? 'es'
      const source = summarizePage(Buffer.from(example.source), {file: 'content/en/guide.md', locale: 'en', page: 'guide', locales}, config)
      const target = summarizePage(Buffer.from(example.translation), {file: `content/${locale}/guide.md`, locale, page: 'guide', locales}, config)
      const only = new Set([rule.id])
      runRules(
        {
          config,
          sourceLocale: 'en',
          locales,
          locale,
          page: 'guide',
          source,
          target,
          alignment: alignSections(source.sections, target.sections),
          expectedFile: target.file,
          language: () => {
            asking.add(rule.id)
            return 'source'
          },
          isSourcePage: false,
          ...noOtherPages
        },
        only
      )
    }
  }
  expect([...asking].sort()).toEqual([...languageRules].sort())
})
