import type {Code, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {detectLanguage} from '../text/detect-language.ts'
import {languageOfLocale} from '../text/language-of-locale.ts'
import {proseOf} from '../text/prose-of.ts'
import {scriptOf} from '../text/script.ts'

/** Options for `splitBilingual`. */
export interface SplitBilingualOptions {
  /** Locale or language of the page itself; fences in this language are left alone. */
  source: string
}

/** One language's worth of text moved out of a bilingual page. */
export interface SplitTranslation {
  /** ISO 639-1 code as detected (`zh`, `ja`, …); map it to a locale (`zh-cn`) yourself. */
  language: string
  /** The moved fences' contents, in page order, separated by a blank line, ending in a newline. */
  markdown: string
  /** How many fences were moved. */
  fences: number
}

/** A bilingual page taken apart. */
export interface BilingualSplit {
  /** The page without the moved fences; every other byte as it was. */
  source: string
  /** One entry per language found, in order of first appearance. */
  translations: SplitTranslation[]
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

// A translation pasted into a fence is prose: mostly letters, and not lines of `key: value`,
// assignments, braces or shell prompts. Language-labelled fences never get this far.
const minLetterShare = 0.6
const maxCodeLineShare = 0.3
const minLetters = 20
const codeLine = /^\s*(?:[A-Za-z_][\w.-]*:\s|(?:\$|%|>>>)\s|[-\w.]+\s*=|.*[{};]\s*$|<\/?[A-Za-z])/u

function isProse(text: string): boolean {
  const counts = scriptOf(text)
  const visible = text.replace(/\s+/gu, '').length
  if (counts.total < minLetters || counts.total < minLetterShare * visible) return false
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const code = lines.filter((line) => codeLine.test(line)).length
  return code <= maxCodeLineShare * lines.length
}

// The fence's language, or undefined when it cannot be told with confidence. Non-Latin text
// is trusted on eld's word; Latin prose must pass eld's own reliability test, since a short
// English-looking snippet is easily scored as a neighbour language.
function languageOf(text: string): string | undefined {
  const prose = proseOf(text).text
  const detected = detectLanguage(prose)
  if (detected.language === '') return undefined
  const counts = scriptOf(prose)
  if (counts.latin * 2 > counts.total && !detected.reliable) return undefined
  return detected.language
}

function isBareFence(node: Code, markdown: string): boolean {
  if (node.lang || node.meta) return false
  const start = node.position?.start.offset
  if (start === undefined) return false
  return /^(?:`{3,}|~{3,})/u.test(markdown.slice(start, start + 8))
}

interface Cut {
  start: number
  end: number
}

// The fence from the start of its line through its closing line and the blank lines after it,
// so the text before and after meet with the blank line that preceded the fence. At the end of
// the page the blank lines before the fence go too, leaving the page ending as the text before
// the fence did.
function cutOf(node: Code, markdown: string): Cut {
  let start = node.position?.start.offset ?? 0
  while (start > 0 && markdown[start - 1] !== '\n') start--
  let end = node.position?.end.offset ?? start
  const lineEnd = markdown.indexOf('\n', end)
  end = lineEnd === -1 ? markdown.length : lineEnd + 1
  const blank = /[ \t]*\n/y
  for (;;) {
    blank.lastIndex = end
    const match = blank.exec(markdown)
    if (!match) break
    end += match[0].length
  }
  if (/^\s*$/u.test(markdown.slice(end))) {
    end = markdown.length
    while (start >= 2 && markdown[start - 1] === '\n' && /^[ \t]*$/u.test(lineBefore(markdown, start - 1))) {
      start = markdown.lastIndexOf('\n', start - 2) + 1
    }
  }
  return {start, end}
}

// The line that ends at the newline at `newline` (exclusive).
function lineBefore(markdown: string, newline: number): string {
  return markdown.slice(markdown.lastIndexOf('\n', newline - 1) + 1, newline)
}

/**
 * Move unlabelled fenced code blocks holding prose in a language other than `options.source`
 * (a translation interleaved after each passage) out of a page, one translation per language.
 */
export function splitBilingual(markdown: string, options: SplitBilingualOptions): BilingualSplit {
  const source = languageOfLocale(options.source)
  const tree = parser.parse(markdown) as Root
  const cuts: Cut[] = []
  const byLanguage = new Map<string, string[]>()
  // Only top-level fences: one inside a list item or quote belongs to that item's content.
  for (const node of tree.children) {
    if (node.type !== 'code' || !isBareFence(node, markdown) || !isProse(node.value)) continue
    const language = languageOf(node.value)
    if (language === undefined || language === source) continue
    const contents = byLanguage.get(language) ?? []
    contents.push(node.value)
    byLanguage.set(language, contents)
    cuts.push(cutOf(node, markdown))
  }

  let rest = ''
  let from = 0
  for (const cut of cuts) {
    rest += markdown.slice(from, cut.start)
    from = cut.end
  }
  rest += markdown.slice(from)

  const translations = [...byLanguage].map(([language, contents]) => ({
    language,
    markdown: `${contents.join('\n\n')}\n`,
    fences: contents.length
  }))
  return {source: rest, translations}
}
