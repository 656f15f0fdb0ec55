import {splitSentences} from '../text/split-sentences.ts'
import {untranslatedShare} from './untranslated-share.ts'
import type {Rule} from './types.ts'

/** Prose left in the source language inside a translated section. */
export const untranslatedText: Rule = {
  id: 'untranslated-text',
  description: 'Headings, paragraphs, sentences and link texts of a translated section are translated',
  severity: 'warning',
  docs: 'Finds a heading, paragraph, sentence or link text still in the source language inside a section that is otherwise translated (a wholly untranslated section is `untranslated-section` instead). Product names and identifiers that appear on both pages are ignored.',
  check({source, target, alignment, options, language, report}) {
    if (!source || !target || !alignment) return
    const threshold = typeof options.threshold === 'number' ? options.threshold : 0.6
    for (const pair of alignment.pairs) {
      const section = target.sections[pair.target]!
      // A scaffold is reported once, as such (`untranslated-scaffold`).
      if (section.scaffold) continue
      const from = source.sections[pair.source]!
      const cause = {file: source.file, line: from.line}
      const share = untranslatedShare(section, language)
      if (share !== undefined && share >= threshold) continue
      if (section.keepLanguage !== undefined) {
        // The author marked the heading as not to be translated.
      } else if (section.level > 0 && section.headingKey === undefined && section.title !== from.title && language(section.title, 'heading') === 'source') {
        report({message: `Heading “${section.title}” is still in the source language`, at: section, source: cause})
      } else if (section.level > 0 && section.title === from.title && section.headingKey === undefined && language(section.title, 'heading') === 'source') {
        report({message: `Heading “${section.title}” is the source heading, untranslated`, at: section, source: cause})
      }
      const flagged: string[] = []
      for (const block of section.text) {
        if (block.kind === 'title') continue
        if (block.kind === 'link') {
          // Title Case link texts are names and titles (“HTTP Check Receiver”), kept on purpose.
          if (isTitleCase(block.text) || flagged.some((text) => text.includes(block.text)) || language(block.text, 'link') !== 'source') continue
          report({message: `Link text “${block.text}” is still in the source language`, at: block, source: cause})
          continue
        }
        if (language(block.text) === 'source') {
          flagged.push(block.text)
          report({message: `Paragraph is still in the source language: “${excerpt(block.text)}”`, at: block, source: cause})
          continue
        }
        for (const sentence of splitSentences(block.text)) {
          if (sentence.text.split(/\s+/).length < 4 || language(sentence.text) !== 'source') continue
          flagged.push(sentence.text)
          report({message: `Sentence is still in the source language: “${excerpt(sentence.text)}”`, at: block, source: cause})
        }
      }
    }
  },
  examples: [
    {
      title: 'An English sentence left in a translated paragraph',
      source: '# Guide\n\n## Install\n\nRun the installer on every machine. The installer needs network access to the registry.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta el instalador en cada máquina que vaya a construir el sitio. The installer needs network access to the registry.\n',
      expected: ['5:1 Sentence is still in the source language: “The installer needs network access to the registry.”']
    }
  ]
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** Every word of four or more letters starts with a capital: a name or a title. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((word) => word.length >= 4)
  return long.length > 0 && long.every((word) => /^\p{Lu}/u.test(word))
}
