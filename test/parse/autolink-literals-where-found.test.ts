import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {describe, expect, it} from 'vitest'
import {remarkAutolinkLiteralsWhereFound} from '../../src/engine/parse/autolink-literals-where-found.ts'

/** How the literal-autolink transform runs: on the whole tree (remark-gfm), only where found, or not at all. */
type Transform = 'whole tree' | 'where found' | 'off'

/** Leave remark-gfm's literal-autolink transform out: what micromark's syntax extension alone makes. */
function withoutTransform(this: Processor): void {
  for (const extension of (this.data('fromMarkdownExtensions') ?? []).flat()) if (extension.enter && 'literalAutolink' in extension.enter) extension.transforms = []
}

function parse(markdown: string, transform: Transform, options: {mdx?: boolean} = {}): Root {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
  if (transform === 'where found') processor.use(remarkAutolinkLiteralsWhereFound)
  if (transform === 'off') processor.use(withoutTransform)
  if (options.mdx) processor.use(remarkMdx)
  return processor.runSync(processor.parse(markdown)) as Root
}

/** The links of a tree, as `url ← text`: what the transform makes. */
function links(tree: Root): string[] {
  const found: string[] = []
  const walk = (node: {type: string; url?: string; children?: unknown[]}) => {
    if (node.type === 'link') found.push(`${node.url} ← ${(node.children as Array<{value?: string}>).map((child) => child.value).join('')}`)
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
  }
  walk(tree)
  return found
}

// What the transform adds to micromark's syntax extension: addresses it finds in a text's value
// after character references are decoded, or after a `<` that starts no tag. Each page holds one
// kind of address, so that each part of the test for a candidate is needed by a page.
const changed: Array<[string, string]> = [
  ['an e-mail address written with a reference', 'Write to team&#64;example.org.\n'],
  ['a www. address written with a reference', 'See www&#46;example.org today.\n'],
  ['an http:// address written with a reference', 'See http&#58;//example.org/a today.\n'],
  ['an upper-case HTTPS:// address written with a reference', 'See HTTPS&#58;//EXAMPLE.ORG/A today.\n'],
  ['an address after a `<`', 'Compare x<www.example.org here.\n'],
  ['an address in a heading', '# Go to x<www.example.org\n'],
  ['an address deep in a list in a quote', '> - item\n>   1. and team&#64;example.org\n'],
  ['an address in a table cell', '| a | b |\n| - | - |\n| x<www.example.org | c |\n'],
  ['blocks with and without addresses', 'First plain.\n\nThen x<www.example.org here.\n\nPlain again.\n\nAnd team&#64;example.org.\n\n- x\n- y&#64;example.org\n']
]

describe('remarkAutolinkLiteralsWhereFound', () => {
  it.each(changed)('gives remark-gfm’s own tree: %s', (_, markdown) => {
    const tree = parse(markdown, 'where found')
    expect(tree).toEqual(parse(markdown, 'whole tree'))
    // The page is one the transform changes: the syntax extension alone leaves its address a text.
    expect(links(tree).length).toBeGreaterThan(links(parse(markdown, 'off')).length)
  })

  it.each([
    ['no address at all', '# Title\n\nPlain prose, `https://code.example` in code, and a list:\n\n- one\n- two\n\n```\nwww.example.org\n```\n'],
    ['addresses the syntax finds', 'See https://example.org/a, www.example.org and team@example.org.\n'],
    ['addresses in links', '[x<www.example.org](https://example.org) and [see a&#64;b.example][ref]\n\n[ref]: https://example.org\n'],
    ['near misses', 'www without a dot, http:/broken, @handle, a@b, wwwexample.org\n']
  ])('gives remark-gfm’s own tree: %s', (_, markdown) => {
    expect(parse(markdown, 'where found')).toEqual(parse(markdown, 'whole tree'))
  })

  it('gives remark-gfm’s own tree in MDX, where a JSX element holds blocks', () => {
    const markdown = '<Aside>\n  Write to team&#64;example.org.\n</Aside>\n\nPlain.\n'
    const tree = parse(markdown, 'where found', {mdx: true})
    expect(tree).toEqual(parse(markdown, 'whole tree', {mdx: true}))
    expect(links(tree)).toEqual(['mailto:team@example.org ← team@example.org'])
  })

  it('makes the links of every block that has an address', () => {
    expect(links(parse(changed[8]![1], 'where found'))).toEqual(['http://www.example.org ← www.example.org', 'mailto:team@example.org ← team@example.org', 'mailto:y@example.org ← y@example.org'])
  })
})
