import {describe, it, expect} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {
  remarkShortcodes,
  type RemarkShortcodesOptions,
  type Shortcode
} from '../../src/engine/parse/shortcode/index.ts'

/** Parse `markdown` with remark-parse + our plugin; return the tree and the file (for messages). */
function parse(markdown: string, options?: RemarkShortcodesOptions): {tree: Root; file: VFile} {
  const processor = unified().use(remarkParse).use(remarkShortcodes, options)
  const file = new VFile(markdown)
  const tree = processor.runSync(processor.parse(file), file)
  return {tree, file}
}

/** Deep copy without `position`, to compare shapes. */
function strip<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)))
}

function shortcodes(tree: Nodes): Shortcode[] {
  const found: Shortcode[] = []
  visit(tree, (node) => {
    if (node.type === 'shortcodeFlow' || node.type === 'shortcodeText') found.push(node)
  })
  return found
}

function fields(overrides: Partial<Shortcode>) {
  return {
    name: '',
    delimiter: '<',
    closing: false,
    selfClosing: false,
    positional: [],
    named: {},
    children: [],
    ...overrides
  }
}

describe('shortcode syntax', () => {
  it('parses a block shortcode on its own line as shortcodeFlow', () => {
    const {tree, file} = parse('{{< feature-state for_k8s_version="v1.18" state="beta" >}}\n')
    expect(strip(tree.children)).toEqual([
      fields({
        type: 'shortcodeFlow',
        name: 'feature-state',
        named: {for_k8s_version: 'v1.18', state: 'beta'},
        raw: '{{< feature-state for_k8s_version="v1.18" state="beta" >}}'
      })
    ])
    expect(file.messages).toEqual([])
  })

  it('parses an inline shortcode with named arguments, with its position', () => {
    const {tree} = parse('Texto\nel {{< glossary_tooltip text="clúster" term_id="cluster" >}} de Kubernetes.')
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    if (paragraph?.type !== 'paragraph') return
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'shortcodeText', 'text'])
    const [node] = shortcodes(tree)
    expect(strip(node)).toEqual(
      fields({
        type: 'shortcodeText',
        name: 'glossary_tooltip',
        named: {text: 'clúster', term_id: 'cluster'},
        raw: '{{< glossary_tooltip text="clúster" term_id="cluster" >}}'
      })
    )
    expect(node?.position?.start).toMatchObject({line: 2, column: 4})
    expect(node?.position?.end).toMatchObject({line: 2, column: 61})
  })

  it('parses positional arguments: quoted, bare, raw, with the % form', () => {
    const {tree} = parse(
      [
        '{{% heading "whatsnext" %}}',
        '',
        '{{< figure src="x.png" >}}',
        '',
        '{{< param version >}}',
        '',
        '{{< say "a \\"quoted\\" word" `raw \\n` bare >}}'
      ].join('\n')
    )
    const nodes = shortcodes(tree)
    expect(nodes.map((node) => [node.type, node.name, node.delimiter, node.positional, node.named])).toEqual([
      ['shortcodeFlow', 'heading', '%', ['whatsnext'], {}],
      ['shortcodeFlow', 'figure', '<', [], {src: 'x.png'}],
      ['shortcodeFlow', 'param', '<', ['version'], {}],
      ['shortcodeFlow', 'say', '<', ['a "quoted" word', 'raw \\n', 'bare'], {}]
    ])
  })

  it('ends a bare word or a name at the closing sequence', () => {
    const {tree} = parse('{{< param version>}} and {{< ref a/b/>}} and {{<note>}}')
    expect(shortcodes(tree).map((node) => [node.name, node.positional, node.selfClosing])).toEqual([
      ['param', ['version'], false],
      ['ref', ['a/b'], true],
      ['note', [], false]
    ])
  })

  it('parses a shortcode inside an ATX heading as shortcodeText', () => {
    const {tree} = parse('## {{% heading "whatsnext" %}}\n')
    expect(strip(tree.children)).toEqual([
      {
        type: 'heading',
        depth: 2,
        children: [
          fields({
            type: 'shortcodeText',
            name: 'heading',
            delimiter: '%',
            positional: ['whatsnext'],
            raw: '{{% heading "whatsnext" %}}'
          })
        ]
      }
    ])
  })

  it('parses explicit self-closing tags and never pairs them', () => {
    const {tree, file} = parse('{{< tab name="Linux" include="x.md" />}}\n\n{{< foo / >}}\n')
    const nodes = shortcodes(tree)
    expect(nodes.map((node) => [node.type, node.name, node.selfClosing, node.children.length])).toEqual([
      ['shortcodeFlow', 'tab', true, 0],
      ['shortcodeFlow', 'foo', true, 0]
    ])
    expect(nodes[0]?.named).toEqual({name: 'Linux', include: 'x.md'})
    // `tab` is a paired name, but a self-closed tag is complete.
    expect(file.messages).toEqual([])
  })

  it('does not parse shortcodes in inline code or fenced and indented code', () => {
    const {tree} = parse(
      [
        'A `{{< glossary_tooltip text="kube-proxy" term_id="kube-proxy" >}}` span.',
        '',
        '```markdown',
        '{{< note >}}',
        '```',
        '',
        '    {{< note >}}'
      ].join('\n')
    )
    expect(shortcodes(tree)).toEqual([])
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'code'])
    const [paragraph, fenced, indented] = tree.children
    expect(paragraph?.type === 'paragraph' && paragraph.children[1]).toMatchObject({
      type: 'inlineCode',
      value: '{{< glossary_tooltip text="kube-proxy" term_id="kube-proxy" >}}'
    })
    expect(fenced).toMatchObject({type: 'code', value: '{{< note >}}'})
    expect(indented).toMatchObject({type: 'code', value: '{{< note >}}'})
  })

  it('leaves the comment escape and escaped braces as text', () => {
    const markdown = 'Write {{</* note */>}} or {{%/* note */%}} or \\{{< note >}}.'
    const {tree} = parse(markdown)
    expect(shortcodes(tree)).toEqual([])
    // The `*`s are markdown's business (emphasis); the braces stay literal text.
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]).toMatchObject({
      type: 'text',
      value: 'Write {{</* note '
    })
    expect(toString(tree)).toMatch(/ or \{\{< note >\}\}\.$/)
  })

  it('leaves unterminated or malformed tags as text', () => {
    const {tree, file} = parse(
      [
        '{{< foo',
        '',
        'a {{< foo bar',
        'baz',
        '',
        '{{< note >}} tail %}}',
        '',
        '{{< x "a"b >}} {{< x key= >}} {{< note %}}'
      ].join('\n')
    )
    const nodes = shortcodes(tree)
    // Only the complete `{{< note >}}` on line 6 is a shortcode (inline: text follows it).
    expect(nodes.map((node) => [node.type, node.name, node.position?.start.line])).toEqual([
      ['shortcodeText', 'note', 6]
    ])
    expect(toString(tree.children[0])).toBe('{{< foo')
    expect(toString(tree.children[1])).toBe('a {{< foo bar\nbaz')
    expect(toString(tree.children[3])).toBe('{{< x "a"b >}} {{< x key= >}} {{< note %}}')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unclosed-shortcode'])
  })

  it('parses an inline shortcode that wraps across lines', () => {
    const markdown = 'See {{< figure src="x.png"\n    alt="A figure"\n    caption=`two\nlines` >}} here.'
    const {tree} = parse(markdown)
    const [node] = shortcodes(tree)
    expect(node?.type).toBe('shortcodeText')
    expect(node?.named).toEqual({src: 'x.png', alt: 'A figure', caption: 'two\nlines'})
    expect(node?.raw).toBe(markdown.slice(4, -6))
    expect(node?.raw).toBe(markdown.slice(node?.position?.start.offset, node?.position?.end.offset))
    expect(node?.position?.start).toMatchObject({line: 1, column: 5})
    expect(node?.position?.end).toMatchObject({line: 4, column: 11})
    expect(toString(tree)).toBe('See  here.')
  })

  it('does not let a "…" value span lines (Hugo rejects it)', () => {
    const {tree} = parse('See {{< figure alt="a\nb" >}} here.')
    expect(shortcodes(tree)).toEqual([])
  })

  it('preserves the text around inline shortcodes exactly', () => {
    const markdown =
      'Este documento cataloga las vías entre el {{< glossary_tooltip term_id="kube-apiserver" text="kube-apiserver" >}} y el\n' +
      '{{< glossary_tooltip text="clúster" term_id="cluster" length="all" >}} de Kubernetes, _sin_ {{% param x %}}cambios.'
    const {tree} = parse(markdown)
    expect(tree.children).toHaveLength(1)
    expect(toString(tree.children[0])).toBe(
      'Este documento cataloga las vías entre el  y el\n de Kubernetes, sin cambios.'
    )
    expect(shortcodes(tree).map((node) => node.name)).toEqual(['glossary_tooltip', 'glossary_tooltip', 'param'])
  })

  it('handles CRLF line endings', () => {
    const {tree, file} = parse('{{< note >}}\r\nSome *text*.\r\n{{< /note >}}\r\n\r\nA {{< x a="1"\r\nb="2" >}} b\r\n')
    const [note, inline] = shortcodes(tree)
    expect(note).toMatchObject({type: 'shortcodeFlow', name: 'note', raw: '{{< note >}}'})
    expect(toString(note)).toBe('Some text.')
    expect(note?.position?.end).toMatchObject({line: 3, column: 14})
    expect(inline).toMatchObject({type: 'shortcodeText', named: {a: '1', b: '2'}, raw: '{{< x a="1"\r\nb="2" >}}'})
    expect(file.messages).toEqual([])
  })

  it('parses a shortcode line inside a list item', () => {
    const {tree} = parse('- item\n  {{< note >}}\n  Inside.\n  {{< /note >}}\n- next\n')
    const list = tree.children[0]
    expect(list?.type).toBe('list')
    if (list?.type !== 'list') return
    const item = list.children[0]
    expect(item?.children.map((child) => child.type)).toEqual(['paragraph', 'shortcodeFlow'])
    const note = item?.children[1]
    expect(note).toMatchObject({name: 'note', position: {start: {line: 2, column: 3}, end: {line: 4, column: 16}}})
    expect(toString(note)).toBe('Inside.')
    expect(list.children).toHaveLength(2)
  })
})

describe('shortcode pairing', () => {
  it('pairs a note around real markdown', () => {
    const {tree, file} = parse(
      'Before.\n{{< note >}}\nSee [the docs](/docs/) for *more* details.\n{{< /note >}}\nAfter.\n'
    )
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'shortcodeFlow', 'paragraph'])
    const note = tree.children[1]
    expect(strip(note)).toEqual(
      fields({
        type: 'shortcodeFlow',
        name: 'note',
        raw: '{{< note >}}',
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'text', value: 'See '},
              {type: 'link', url: '/docs/', title: null, children: [{type: 'text', value: 'the docs'}]},
              {type: 'text', value: ' for '},
              {type: 'emphasis', children: [{type: 'text', value: 'more'}]},
              {type: 'text', value: ' details.'}
            ]
          }
        ]
      })
    )
    expect(note?.position?.start).toMatchObject({line: 2, column: 1})
    expect(note?.position?.end).toMatchObject({line: 4, column: 14})
    expect(file.messages).toEqual([])
  })

  it('pairs capture blocks at root so headings end up inside', () => {
    const {tree, file} = parse(
      [
        '{{% capture overview %}}',
        'Intro.',
        '{{% /capture %}}',
        '',
        '{{% capture body %}}',
        '',
        '## Cluster to Master',
        '',
        'Text.',
        '',
        '### Details',
        '',
        '{{% /capture %}}',
        ''
      ].join('\n')
    )
    expect(tree.children.map((node) => [node.type, 'name' in node && node.name])).toEqual([
      ['shortcodeFlow', 'capture'],
      ['shortcodeFlow', 'capture']
    ])
    const body = tree.children[1]
    expect(body && 'positional' in body && body.positional).toEqual(['body'])
    expect(body && 'children' in body && body.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading'
    ])
    expect(body?.position?.end?.line).toBe(13)
    expect(file.messages).toEqual([])
  })

  it('nests the same name and different names', () => {
    const {tree, file} = parse(
      [
        '{{< tabs >}}',
        '{{< tab "a" >}}',
        '{{< tab "inner" >}}',
        'Deep.',
        '{{< /tab >}}',
        '{{< /tab >}}',
        '{{< tab "b" >}}',
        'B.',
        '{{< /tab >}}',
        '{{< /tabs >}}'
      ].join('\n')
    )
    expect(tree.children).toHaveLength(1)
    const outline = (node: Nodes): unknown =>
      node.type === 'shortcodeFlow'
        ? [node.name, node.positional[0] ?? null, node.children.map(outline)]
        : toString(node)
    expect(tree.children.map(outline)).toEqual([
      ['tabs', null, [['tab', 'a', [['tab', 'inner', ['Deep.']]]], ['tab', 'b', ['B.']]]]
    ])
    expect(tree.children[0]?.position?.end).toMatchObject({line: 10, column: 14})
    expect(file.messages).toEqual([])
  })

  it('pairs inline tags inside a paragraph', () => {
    const {tree, file} = parse('A {{< comment >}} cSpell:disable {{< /comment >}} b.')
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual([
      'text',
      'shortcodeText',
      'text'
    ])
    const [comment] = shortcodes(tree)
    expect(comment?.children).toEqual([
      expect.objectContaining({type: 'text', value: ' cSpell:disable '})
    ])
    expect(comment?.position?.end).toMatchObject({line: 1, column: 50})
    expect(file.messages).toEqual([])
  })

  it('pairs flow tags with inline tags at paragraph edges (prettier-style Hugo)', () => {
    const {tree, file} = parse(
      [
        '{{< tabpane text=true >}} {{% tab Docker %}}',
        '',
        '```sh',
        'docker run x',
        '```',
        '',
        '{{% /tab %}} {{% tab Podman %}}',
        '',
        '```sh',
        'podman run x',
        '```',
        '',
        '{{% /tab %}} {{< /tabpane >}}',
        '',
        '{{< homepage/signal name="Traces" >}}',
        'Distributed traces {{< /homepage/signal >}}',
        '',
        '{{< note >}} Some text.',
        '{{< /note >}}'
      ].join('\n')
    )
    const outline = (node: Nodes): unknown =>
      node.type === 'shortcodeFlow' ? [node.name, node.children.map(outline)] : node.type
    expect(tree.children.map(outline)).toEqual([
      ['tabpane', [['tab', ['code']], ['tab', ['code']]]],
      ['homepage/signal', ['paragraph']],
      ['note', ['paragraph']]
    ])
    const signal = tree.children[1]
    expect(toString(signal)).toBe('Distributed traces')
    // The paragraph now ends before the whitespace that preceded the hoisted tag.
    expect(signal && 'children' in signal && signal.children[0]?.position?.end).toMatchObject({
      line: 16,
      column: 19
    })
    expect(signal?.position?.end).toMatchObject({line: 16, column: 44})
    const note = tree.children[2]
    expect(toString(note)).toBe('Some text.')
    expect(note && 'children' in note && note.children[0]?.position?.start).toMatchObject({line: 18, column: 14})
    expect(file.messages).toEqual([])
  })

  it('keeps a standalone inline shortcode at the start of a paragraph inline', () => {
    const {tree, file} = parse('{{% param version %}} is the version.\n')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
    expect(file.messages).toEqual([])
  })

  it('lets a closing tag interrupt a paragraph, even a lazy line in a block quote', () => {
    const {tree} = parse('{{< note >}}\n> Quoted.\n{{< /note >}}\n')
    expect(tree.children.map((node) => node.type)).toEqual(['shortcodeFlow'])
    const note = tree.children[0]
    expect(note && 'children' in note && note.children.map((node) => node.type)).toEqual(['blockquote'])
  })
})

describe('shortcode diagnostics', () => {
  it('reports an unclosed paired shortcode once, on its line, and keeps the node', () => {
    const {tree, file} = parse('# Title\n\nText.\n\n{{< note >}}\nNo end.\n')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('unclosed-shortcode')
    expect(message?.source).toBe('lockstep')
    expect(message?.reason).toBe('Unclosed shortcode `{{< note >}}`, expected `{{< /note >}}`')
    expect(message?.line).toBe(5)
    expect(message?.column).toBe(1)
    const [note] = shortcodes(tree)
    expect(note).toMatchObject({type: 'shortcodeFlow', name: 'note', children: []})
  })

  it('reports a stray closing tag and keeps it as a closing node', () => {
    const {tree, file} = parse('Text.\n\n{{% /capture %}}\n')
    expect(file.messages.map((message) => [message.ruleId, message.reason, message.line])).toEqual([
      ['unopened-shortcode', 'Closing shortcode `{{% /capture %}}` has no opening tag', 3]
    ])
    expect(shortcodes(tree)).toEqual([expect.objectContaining({name: 'capture', closing: true})])
  })

  it('does not report unknown standalone shortcodes, but does when a closing tag exists elsewhere', () => {
    const quiet = parse('{{< youtube abc >}}\n\nText {{< glossary_tooltip term_id="x" >}}.\n')
    expect(quiet.file.messages).toEqual([])

    // `box` closes twice: the second closing tag has no opening, and `note` never closes.
    const {file} = parse('{{< note >}}\n\n{{< box >}}\n\n- item\n\n{{< /box >}}\n\n{{< /box >}}\n')
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['unclosed-shortcode', 1],
      ['unopened-shortcode', 9]
    ])
  })

  it('pairs tags in text order, as Hugo does before it reads Markdown', () => {
    // `box` opens at the root and closes inside the list item: one pair for Hugo, two siblings of
    // different parents for the tree.
    expect(parse('{{< box >}}\n\n- item\n\n  {{< /box >}}\n').file.messages).toEqual([])
  })

  // Shaped like content/*/docs/demo/docker-deployment.md of the OpenTelemetry website
  // (github.com/open-telemetry/opentelemetry.io, CC BY 4.0): a tab pane opened in a list item,
  // its fences at column 0 (which end the list item), its closing tags indented (which makes
  // them an indented code block in the English page, and root paragraphs in the translations).
  const tabpane = (indent: string) =>
    [
      '3.  Start the demo:',
      '',
      '    {{< tabpane text=true >}} {{% tab Make %}}',
      '',
      '```shell',
      'make start',
      '```',
      '',
      `${indent}{{% /tab %}} {{% tab Docker %}}`,
      '',
      '```shell',
      'docker compose up --detach',
      '```',
      '',
      `${indent}{{% /tab %}} {{< /tabpane >}}`,
      '',
      '## Verify the web store',
      ''
    ].join('\n')

  it.each([
    ['indented closing tags (an indented code block)', '    '],
    ['closing tags at column 0 (paragraphs outside the list)', '']
  ])('reports nothing for a tab pane in a list item with %s', (_, indent) => {
    expect(parse(tabpane(indent)).file.messages).toEqual([])
  })

  it('still reports a tab the text never closes', () => {
    const broken = tabpane('').replace('{{% /tab %}} {{< /tabpane >}}', '{{< /tabpane >}}')
    expect(parse(broken).file.messages.map((message) => [message.reason, message.line])).toEqual([
      ['Unclosed shortcode `{{% tab %}}`, expected `{{% /tab %}}`', 9]
    ])
  })

  it('takes the list of paired names from the options', () => {
    const {file} = parse('{{< box >}}\n\n{{< note >}}\n', {paired: ['box']})
    expect(file.messages.map((message) => [message.reason, message.line])).toEqual([
      ['Unclosed shortcode `{{< box >}}`, expected `{{< /box >}}`', 1]
    ])
  })
})
