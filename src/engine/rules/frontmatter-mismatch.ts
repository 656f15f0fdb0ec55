import {isDeepStrictEqual} from 'node:util'
import {featureToken} from '../sections/feature-token.ts'
import type {Rule} from './types.ts'

/** Front matter a translation lacks, adds, or changes where it must not. */
export const frontmatterMismatch: Rule = {
  id: 'frontmatter-mismatch',
  description: 'Front matter of a translation matches its source',
  severity: 'warning',
  docs: 'Three checks: keys the source page has that the translation lacks (except `frontmatter.optional`), keys no source page uses (except `frontmatter.translationOnly` and the history pin `history.pinKey`; often a renamed key such as Hugo’s old `content_template`), and keys whose values must stay equal (`frontmatter.equal`, e.g. `weight`; a number such as `weight` only needs to keep the page’s place among the sibling pages both locales have). A source value that is empty (`tags: ["", ""]`) is not missed, nor Hugo’s `linkTitle` (a short menu label for a long `title`) when the translated `title` is itself as short: no more words than the source’s `linkTitle` and no wider than the source’s `title`. Pages without front matter on the source side (rendered pages) are not compared. Keys in `ignore.frontmatter` are never compared; a key every translation drops or adds can be learned as a convention (`<key> dropped`).',
  check({config, locale, page, source, target, sourceFrontmatterKeys, siblingOrder, report}) {
    if (!source || !target || !source.frontmatter || !target.frontmatter) return
    const at = (key: string) => ({line: target.frontmatterLines[key] ?? 1, column: 1})
    const {equal, optional, translationOnly} = config.frontmatter
    const ignored = new Set(config.ignore.frontmatter)
    const difference = (key: string, side: 'dropped' | 'added') => ({key: `${key} ${side}`, feature: featureToken('frontmatter', key), side})
    // A number that orders pages (`weight`) may be on another scale in a locale (1, 2, 3 for 100,
    // 200, 300): what matters is that the page keeps its place among its translated siblings.
    const sameOrder = (key: string) => {
      if (typeof source.frontmatter![key] !== 'number' || typeof target.frontmatter![key] !== 'number') return false
      const order = siblingOrder(locale, page, key)
      return order !== undefined && order.target === order.source
    }
    for (const key of Object.keys(source.frontmatter)) {
      if (!(key in target.frontmatter) && !optional.includes(key) && !ignored.has(key) && !isEmpty(source.frontmatter[key]) && !(key === 'linkTitle' && isShortTitle(target.frontmatter.title, source.frontmatter))) {
        report({
          message: `Front matter lacks \`${key}\`, which the source has`,
          at: {line: 1, column: 1},
          source: {file: source.file, line: source.frontmatterLines[key] ?? 1},
          difference: difference(key, 'dropped')
        })
      }
    }
    for (const key of Object.keys(target.frontmatter)) {
      if (ignored.has(key)) continue
      if (!sourceFrontmatterKeys.has(key) && !translationOnly.includes(key) && key !== config.history.pinKey) {
        report({message: `Front matter key \`${key}\` is used by no source page`, at: at(key), difference: difference(key, 'added')})
      } else if (equal.includes(key) && key in source.frontmatter && !isDeepStrictEqual(source.frontmatter[key], target.frontmatter[key]) && !sameOrder(key)) {
        report({
          message: `Front matter \`${key}\` is ${JSON.stringify(target.frontmatter[key])}, the source has ${JSON.stringify(source.frontmatter[key])}`,
          at: at(key),
          source: {file: source.file, line: source.frontmatterLines[key] ?? 1}
        })
      }
    }
  },
  examples: [
    {
      title: 'A renamed key and a changed weight',
      source: '---\ntitle: Guide\ncontent_type: concept\nweight: 20\n---\n\nText.\n',
      translation: '---\ntitle: Guía\ncontent_template: templates/concept\nweight: 30\n---\n\nTexto.\n',
      expected: ['1:1 Front matter lacks `content_type`, which the source has', '3:1 Front matter key `content_template` is used by no source page', '4:1 Front matter `weight` is 30, the source has 20']
    },
    {
      title: 'Empty tags and a link title a short translated title does not need are not missed; a long title needs its link title',
      source: '---\ntitle: Documentation\nlinkTitle: Docs\ntags: ["", "", ""]\n---\n\nText.\n',
      translation: '---\ntitle: ドキュメント\n---\n\nテキスト。\n',
      locale: 'ja',
      expected: []
    },
    {
      title: 'A long translated title without the source’s link title',
      source: '---\ntitle: Third-party distributions\nlinkTitle: Distributions\n---\n\nText.\n',
      translation: '---\ntitle: Distribuições de terceiros\n---\n\nTexto.\n',
      locale: 'pt',
      expected: ['1:1 Front matter lacks `linkTitle`, which the source has']
    }
  ]
}

/** A value that says nothing: an empty string, list or map, or a list of empty strings (`tags: ["", "", ""]`). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.every(isEmpty)
  if (typeof value === 'object') return Object.values(value).every(isEmpty)
  return false
}

/**
 * Hugo’s `linkTitle` gives a long `title` a short label in menus; a translated `title` as short as
 * the source’s `linkTitle` (no more words, `&` is none) and no wider than the source’s `title` (a CJK character
 * is two columns) needs none: `ドキュメント` for `Documentation` / `Docs`.
 */
function isShortTitle(title: unknown, source: Record<string, unknown>): boolean {
  const {title: sourceTitle, linkTitle} = source
  if (typeof title !== 'string' || typeof sourceTitle !== 'string' || typeof linkTitle !== 'string') return false
  const words = (text: string) => text.match(/\p{L}+/gu)?.length ?? 0
  return words(title) <= words(linkTitle) && width(title) <= width(sourceTitle)
}

/** Columns a text takes: wide (CJK) characters count twice. */
function width(text: string): number {
  return [...text.trim()].reduce((sum, char) => sum + (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1), 0)
}
