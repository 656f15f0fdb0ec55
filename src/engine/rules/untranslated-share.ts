import type {SectionSummary} from '../sections/types.ts'
import type {LanguageVerdict} from './types.ts'

/** Minimum letters of decidable prose before a section is judged as a whole. */
const minimumLetters = 60

/**
 * Share of a section's decidable prose (by letters) that is in the source language, or
 * `undefined` when there is too little prose to judge. Link texts are part of their
 * paragraphs and not counted twice; the titles of external links are not counted at all.
 */
export function untranslatedShare(section: SectionSummary, language: (text: string) => LanguageVerdict): number | undefined {
  let source = 0
  let decided = 0
  for (const block of section.text) {
    if (block.kind === 'link' || block.kind === 'title') continue
    const text = withoutTitles(block.text, section)
    const verdict = language(text)
    if (verdict === 'unknown') continue
    const letters = countLetters(text)
    decided += letters
    if (verdict === 'source') source += letters
  }
  return decided >= minimumLetters ? source / decided : undefined
}

/** Count letters (any script): the unit the share is measured in. */
export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0
}

/** Prose of a block without the titles of the section's external links (articles, talks, videos kept as published). */
export function withoutTitles(text: string, section: Pick<SectionSummary, 'links'>): string {
  let prose = text
  for (const link of section.links) if (/^[a-z][a-z+.-]*:/i.test(link.target) && link.text.trim() !== '') prose = prose.replace(link.text, ' ')
  return prose
}
