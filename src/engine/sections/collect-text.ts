import type {Nodes} from 'mdast'

/**
 * Plain prose of a node: what a reader reads and a translator translates.
 *
 * Unlike `mdast-util-to-string`, leaves out inline code, HTML and shortcode tags, which
 * stay the same in every language and would make English look like it is everywhere.
 */
export function collectText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value
    case 'inlineCode':
    case 'code':
    case 'html':
    case 'yaml':
    case 'toml':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
      return ' '
    case 'break':
      return '\n'
    case 'shortcodeText':
    case 'shortcodeFlow':
      // A tooltip's visible text is translated prose; other shortcodes are markup.
      return node.named.text !== undefined ? node.named.text : node.children.length > 0 ? joinChildren(node.children as Nodes[]) : ' '
    default:
      return 'children' in node ? joinChildren(node.children as Nodes[]) : ''
  }
}

function joinChildren(children: Nodes[]): string {
  let result = ''
  for (const child of children) result += collectText(child)
  return result
}
