import {describe, expect, it} from 'vitest'
import {markRankRivals} from '../../src/engine/align/mark-rank-rivals.ts'
import type {Alignment} from '../../src/engine/align/types.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'

const locales = new Set(['en', 'it'])
const sections = (text: string, locale: string) => summarizePage(Buffer.from(text), {file: `${locale}/contribute.md`, locale, page: 'contribute', locales}, validateConfig({})).sections

// The shape of the CNCF glossary's contribution guide (CC BY 4.0, github.com/cncf/glossary): the
// Italian page keeps an older structure, where claiming an issue was part of “Creating an issue”.
const issues = 'https://github.com/cncf/glossary/issues'
const source = `# Contribute\n\nWelcome.\n\n## Work on an existing issue\n\nGo to the [issues](${issues}) and claim one: tag Seokho Son or Jihoon Seo on Slack.\n\n## Propose new terms\n\nPropose a term.\n\n### Creating an issue\n\nGo to the [issues](${issues}) and click New issue, then Submit new issue.\n`
const translation = `# Contribuire\n\nBenvenuti.\n\n### Creare una issue\n\nVai alle [issue](${issues}), clicca New issue e poi Submit new issue; tagga Seokho Son o Jihoon Seo su Slack.\n`
// The aligner's choice: the H3 with the H2 it shares the most with; “Creating an issue” left over.
const chosen: Alignment = {
  pairs: [
    {source: 0, target: 0, confidence: 0.5, relation: 'match', reasons: []},
    {source: 1, target: 1, confidence: 0.8, relation: 'match', reasons: []}
  ],
  unmatchedSource: [2, 3],
  unmatchedTarget: []
}

describe('rank rivals', () => {
  it('mark a pair of different ranks when a source section of the translated rank fits nearly as well', () => {
    const marked = markRankRivals(chosen, sections(source, 'en'), sections(translation, 'it'))
    expect(marked.pairs[1]!.rival).toBe(3)
    expect(marked.pairs[1]!.reasons.at(-1)).toMatch(/^“Creating an issue”, of the same rank, scores nearly as well \(0\.\d\d\)$/)
    expect(marked.pairs[0]!.rival).toBeUndefined()
  })

  it('leave a pair alone when no unpaired section of the translated rank is close', () => {
    const alone = source.replace(/### Creating an issue[^]*$/, '')
    const alignment = {...chosen, unmatchedSource: [2]}
    expect(markRankRivals(alignment, sections(alone, 'en'), sections(translation, 'it'))).toBe(alignment)
  })
})
