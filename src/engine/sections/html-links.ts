import type {Element, Nodes as HastNodes} from 'hast'
import {raw} from 'hast-util-raw'
import {VFile} from 'vfile'
import type {Point} from './types.ts'

/** An `<a href>` of raw HTML: the URL as written, the element's text, and where its tag starts. */
export interface HtmlLink extends Point {
  url: string
  text: string
}

// Most raw HTML in Markdown is comments and layout `<div>`s: only an anchor tag is worth parsing.
const anchorTag = /<a[\s>]/i

/**
 * The links of a piece of raw HTML in a Markdown page (`<a class="btn" href="docs/">Learn more</a>`),
 * read by an HTML parser (parse5, through hast-util-raw), so attributes in any quoting, order or
 * case count, and template syntax between them (`<a {{% _param btn %}} href="…">`) is only more
 * attributes. `at` is where the HTML starts in the file. An opening tag alone (its text and
 * `</a>` in later nodes) is a link too.
 */
export function htmlLinks(html: string, at: Point): HtmlLink[] {
  if (!anchorTag.test(html)) return []
  // Given the file, the parser keeps positions (from the HTML's start), which `at` moves into the page.
  const tree = raw({type: 'root', children: [{type: 'raw', value: html}]}, {file: new VFile(html)})
  const links: HtmlLink[] = []
  const stack: HastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
      const start = node.position?.start ?? {line: 1, column: 1}
      links.push({url: node.properties.href, text: textOf(node).replace(/\s+/g, ' ').trim(), line: at.line + start.line - 1, column: start.line === 1 ? at.column + start.column - 1 : start.column})
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return links
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) text += child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''
  return text
}
