import type {LinkRef, SectionSummary} from '../sections/types.ts'
import type {LanguageVerdict, RuleContext} from './types.ts'

/** Minimum letters of decidable prose before a section is judged as a whole. */
const minimumLetters = 60

/**
 * Share of a section's decidable prose (by letters) that is in the source language, or
 * `undefined` when there is too little prose to judge. Link texts are part of their
 * paragraphs and not counted twice; published titles (`publishedTitles`) are not counted at all.
 */
export function untranslatedShare(section: SectionSummary, language: (text: string) => LanguageVerdict, titles: readonly string[]): number | undefined {
  let source = 0
  let decided = 0
  for (const block of section.text) {
    if (block.kind === 'link' || block.kind === 'title') continue
    const text = withoutTitles(block.text, titles)
    const verdict = language(text)
    if (verdict === 'unknown') continue
    const letters = countLetters(text)
    decided += letters
    if (verdict === 'source') source += letters
  }
  return decided >= minimumLetters ? source / decided : undefined
}

const letter = /\p{L}/u
// Whether each character of the Basic Multilingual Plane is a letter, found on first sight: 0 not yet known, 1 a letter, 2 not.
const bmpLetters = new Uint8Array(0x10000)

/** Count letters (any script): the unit the share is measured in. */
export function countLetters(text: string): number {
  // Matching every letter made an array as long as the text, on every block of every section, four times a pair.
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) count++
      continue
    }
    const point = text.codePointAt(index)!
    if (point > 0xffff) {
      index++
      if (letter.test(String.fromCodePoint(point))) count++
      continue
    }
    let known = bmpLetters[code]!
    if (known === 0) bmpLetters[code] = known = letter.test(String.fromCharCode(code)) ? 1 : 2
    if (known === 1) count++
  }
  return count
}

/**
 * The link texts of a section that are titles kept as published, not prose to translate: the
 * titles of external links (articles, talks, videos) and of links to pages the translation's
 * locale does not have (no translated title exists to use).
 */
export function publishedTitles(section: Pick<SectionSummary, 'links'>, context: Pick<RuleContext, 'locale' | 'sourceLocale' | 'titleOf'>): string[] {
  return section.links.filter((link) => link.text.trim() !== '' && isPublishedTitle(link, context)).map((link) => link.text)
}

function isPublishedTitle(link: LinkRef, {locale, sourceLocale, titleOf}: Pick<RuleContext, 'locale' | 'sourceLocale' | 'titleOf'>): boolean {
  if (/^[a-z][a-z+.-]*:/i.test(link.target)) return true
  const path = pathOf(link)
  return path !== undefined && titleOf(locale, path) === undefined && titleOf(sourceLocale, path) !== undefined
}

/** The URL path of an internal link's page (`/docs/x/`), without query and fragment. */
export function pathOf(link: Pick<LinkRef, 'target'>): string | undefined {
  return link.target.startsWith('/') ? link.target.replace(/[?#].*$/s, '') : undefined
}

/**
 * Prose of a block without the published titles it holds. What is left of a block built around a
 * title is often only who and when (“by Jane Doe, Example Corp Monday March 23, 2026 15:20”):
 * with no lower-case word of four letters or more, that is names and dates, not prose.
 */
export function withoutTitles(text: string, titles: readonly string[]): string {
  let prose = text
  for (const title of titles) prose = prose.replace(title, ' ')
  if (prose === text) return text
  const words = prose.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  return words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word)) ? '' : prose
}
