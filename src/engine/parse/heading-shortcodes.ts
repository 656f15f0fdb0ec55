import type {Heading, Root, RootContent} from 'mdast'
import type {ShortcodeFields} from './shortcode/index.ts'

/**
 * Turn shortcodes that render as headings into headings.
 *
 * `{{% whatsnext-heading %}}` alone on a line becomes an H2 with key `whatsnext`;
 * `## {{% heading "whatsnext" %}}` keeps its heading and gets the key. Which shortcodes these
 * are is configuration (`shortcodes.headings`: name → key, `$1` for the first argument).
 */
export function headingShortcodes(tree: Root, headings: Record<string, string>): void {
  const walk = (children: RootContent[]) => {
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'heading') {
        const shortcode = node.children.find((child) => child.type === 'shortcodeText')
        const key = shortcode ? headingKey(shortcode, headings) : undefined
        if (key) node.data = {...node.data, headingKey: key}
      } else if (node.type === 'shortcodeFlow') {
        const key = node.children.length === 0 ? headingKey(node, headings) : undefined
        if (key) {
          const heading: Heading = {type: 'heading', depth: 2, children: [], position: node.position, data: {headingKey: key}}
          children[index] = heading
        } else {
          walk(node.children as RootContent[])
        }
      }
    }
  }
  walk(tree.children)
}

function headingKey(node: ShortcodeFields, headings: Record<string, string>): string | undefined {
  const template = Object.hasOwn(headings, node.name) ? headings[node.name] : undefined
  if (template === undefined || node.closing) return undefined
  const key = template.replace(/\$(\d)/g, (_, n: string) => node.positional[Number(n) - 1] ?? '')
  return key || undefined
}
