import {publishedTitles, untranslatedShare} from './untranslated-share.ts'
import {describeSection, type Rule} from './types.ts'

/** A matched section whose prose is still mostly in the source language. */
export const untranslatedSection: Rule = {
  id: 'untranslated-section',
  description: 'Sections of a translation are translated',
  severity: 'warning',
  docs: 'A section whose prose is mostly (by default 60 % of its letters) still in the source language: copied in and never translated. Names, code and links do not count, nor published titles: the titles of external links (talks, articles, videos) and of pages the locale does not have, and the names and dates listed with them (“by Jane Doe, Example Corp, Monday March 23”). Option `threshold` (0–1) sets the share.',
  check(context) {
    const {source, target, alignment, options, language, report} = context
    if (!source || !target || !alignment) return
    const threshold = typeof options.threshold === 'number' ? options.threshold : 0.6
    for (const pair of alignment.pairs) {
      const section = target.sections[pair.target]!
      // A scaffold is reported once, as such (`untranslated-scaffold`).
      if (section.scaffold) continue
      const share = untranslatedShare(section, language, publishedTitles(section, context))
      if (share === undefined || share < threshold) continue
      const from = source.sections[pair.source]!
      const where = section.level === 0 ? {line: section.text[0]?.line ?? section.line, column: 1} : section
      report({
        message: `Section ${describeSection(section)} is not translated: ${Math.round(share * 100)}% of its text is still in the source language`,
        at: where,
        source: {file: source.file, line: from.line}
      })
    }
  },
  examples: [
    {
      title: 'A section copied from the source',
      source: '# Guide\n\n## Install\n\nRun the installer on every machine that will build the documentation site.\n',
      translation: '# Guía\n\n## Instalar\n\nRun the installer on every machine that will build the documentation site.\n',
      expected: ['3:1 Section “Instalar” is not translated: 100% of its text is still in the source language']
    }
  ]
}
