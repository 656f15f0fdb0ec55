import type {PhrasingContent, RootContent} from 'mdast'
import {directiveToMarkdown} from 'mdast-util-directive'
import {toMarkdown} from 'mdast-util-to-markdown'

/**
 * A text or leaf directive (`:name`, `::name`) back as the text it was written as. The site parses
 * directives for Starlight's `:::note` asides, but `ratio:high` in prose is a text directive to
 * the parser and must stay prose (as Starlight's own restoration does).
 */
export function restoreDirective(node: RootContent): RootContent | undefined {
  if (node.type !== 'textDirective' && node.type !== 'leafDirective') return undefined
  const value = toMarkdown(node as never, {extensions: [directiveToMarkdown()]}).replace(/\n$/, '')
  const text: PhrasingContent = {type: 'text', value}
  return node.type === 'leafDirective' ? {type: 'paragraph', children: [text]} : text
}
