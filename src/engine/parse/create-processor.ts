import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {remarkShortcodes} from './shortcode/index.ts'

/** The unified processor Lockstep parses pages with. */
export type PageProcessor = Processor<Root, Root, Root>

/**
 * Create the parser for one kind of page: Markdown with Hugo shortcodes, or MDX.
 *
 * MDX pages get no shortcode syntax: `{` starts an expression there, and Starlight, the MDX
 * site we target, has components instead.
 */
export function createProcessor(options: {mdx: boolean; paired: string[]}): PageProcessor {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
  if (options.mdx) return processor.use(remarkMdx) as unknown as PageProcessor
  return processor.use(remarkShortcodes, {paired: options.paired}) as unknown as PageProcessor
}
