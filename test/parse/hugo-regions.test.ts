import type {Nodes} from 'mdast'
import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {parsePage} from '../../src/engine/parse/parse-page.ts'

const parse = (markdown: string) => parsePage(new TextEncoder().encode(markdown), {path: 'guide.md', mdx: false, config: validateConfig({})})

/** The tree as `type(line:column)[children]`, code as its value: enough to see the structure. */
function outline(node: Nodes): string {
  const at = node.position ? `${node.position.start.line}:${node.position.start.column}` : '?'
  if (node.type === 'code') return `code(${at} ${JSON.stringify(node.value)})`
  if (node.type === 'shortcodeFlow' || node.type === 'shortcodeText') return `${node.name}(${at})[${node.children.map(outline).join(' ')}]`
  if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return `${node.type}(${at})`
  return `${node.type}(${at})[${node.children.map(outline).join(' ')}]`
}

// Shaped like content/*/docs/demo/docker-deployment.md of the OpenTelemetry website
// (github.com/open-telemetry/opentelemetry.io, CC BY 4.0): a tab pane opened in a list item, its
// fences at column 0 (prettier's format), its closing tags indented as the list item's content.
const page = [
  '1.  Start the demo:',
  '',
  '    {{< tabpane text=true >}} {{% tab Make %}}',
  '',
  '```shell',
  'make start',
  '```',
  '',
  '    {{% /tab %}} {{% tab Docker %}}',
  '',
  '```shell',
  'docker compose up \\',
  '  --detach',
  '```',
  '',
  '    {{% /tab %}} {{< /tabpane >}}',
  '',
  '    Then open the store.',
  '',
  '2.  Stop it.',
  '',
  '## Verify the web store',
  ''
].join('\n')

describe('a shortcode region as Hugo renders it', () => {
  it('keeps a tab pane opened in a list item, fences at column 0 and all, in that list item', () => {
    const {tree, problems} = parse(page)
    expect(problems).toEqual([])
    expect(tree!.children.map(outline)).toEqual([
      'list(1:1)[listItem(1:1)[paragraph(1:5) tabpane(3:5)[tab(3:31)[code(5:1 "make start")] tab(9:18)[code(11:1 "docker compose up \\\\\\n  --detach")]] paragraph(18:5)] listItem(20:1)[paragraph(20:5)]]',
      'heading(22:1)'
    ])
  })

  it('leaves a region alone when nothing in it stands left of its list item', () => {
    const indented = page.replace(/^(```|make|docker|  --)/gm, '    $1')
    const {tree} = parse(indented)
    expect(outline(tree!.children[0]!)).toBe('list(1:1)[listItem(1:1)[paragraph(1:5) tabpane(3:5)[tab(3:31)[code(5:5 "make start")] tab(9:18)[code(11:5 "docker compose up \\\\\\n  --detach")]] paragraph(18:5)] listItem(20:1)[paragraph(20:5)]]')
  })
})
