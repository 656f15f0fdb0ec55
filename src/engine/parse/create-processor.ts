import type {Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {remarkAutolinkLiteralsWhereFound} from './autolink-literals-where-found.ts'
import {remarkShortcodes} from './shortcode/index.ts'

/** The unified processor Lockstep parses pages with. */
export type PageProcessor = Processor<Root, Root, Root>

/**
 * Create the parser for one kind of page: Markdown with Hugo shortcodes, or MDX.
 *
 * MDX pages get no shortcode syntax: `{` starts an expression there, and Starlight, the MDX
 * site we target, has components instead.
 */
export function createProcessor(options: {mdx: boolean; paired: string[]; directives?: boolean}): PageProcessor {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkAutolinkLiteralsWhereFound)
  // Directives (`:::note`) are Starlight's syntax for asides: the site renders them, the check reads them as text.
  if (options.directives) processor.use(remarkDirective)
  if (options.mdx) return processor.use(remarkMdx) as unknown as PageProcessor
  return processor.use(remarkShortcodes, {paired: options.paired}) as unknown as PageProcessor
}
