import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'

/** The imported seed page of `locale` (see scripts/import-seeds.ts), read from `content/`. */
export function seedPage(locale: string): string {
  const url = new URL(`../../content/${locale}/docs/concepts/architecture/control-plane-node-communication.md`, import.meta.url)
  return readFileSync(fileURLToPath(url), 'utf8')
}

/** Blank-line-separated blocks of a page after its front matter, minus markers and shortcodes. */
export function paragraphsOf(markdown: string): string[] {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .split(/\n[ \t]*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(?:<!--.*-->|\{\{[<%][^}]*[>%]\}\})$/u.test(block))
}

/** Words of `page` that also occur in `english`: what a caller would pass as `names`. */
export function sharedWords(page: string, english: string): Set<string> {
  const words = (text: string) => new Set(text.match(/[\p{L}\p{N}'’-]+/gu) ?? [])
  const inEnglish = words(english)
  return new Set([...words(page)].filter((word) => inEnglish.has(word)))
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** The Markdown source of every paragraph and heading (marker stripped) of a page. */
export function blocksOf(markdown: string): string[] {
  const blocks: string[] = []
  visit(parser.parse(markdown), (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? 0
    blocks.push(markdown.slice(start, end).replace(/^#+\s*/u, ''))
    return SKIP
  })
  return blocks
}
