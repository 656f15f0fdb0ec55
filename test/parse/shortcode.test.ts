import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {remarkShortcodes, type Shortcode} from '../../src/engine/parse/shortcode/index.ts'

function parse(value: string): {tree: Root; file: VFile} {
  const processor = unified().use(remarkParse).use(remarkShortcodes)
  const file = new VFile({value})
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file}
}

/** Every shortcode in document order, as `type name` with its arguments. */
function shortcodes(tree: Root): Array<Pick<Shortcode, 'type' | 'name' | 'positional' | 'named' | 'closing' | 'selfClosing'> & {children: number}> {
  const result: ReturnType<typeof shortcodes> = []
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'shortcodeFlow' || node.type === 'shortcodeText') {
        result.push({type: node.type, name: node.name, positional: node.positional, named: node.named, closing: node.closing, selfClosing: node.selfClosing, children: node.children.length})
      }
      if ('children' in node) walk(node.children as RootContent[])
    }
  }
  walk(tree.children)
  return result
}

describe('Hugo shortcodes', () => {
  it('parses a block shortcode with named arguments', () => {
    const {tree} = parse('{{< feature-state for_k8s_version="v1.18" state="beta" >}}\n')
    expect(shortcodes(tree)).toEqual([{type: 'shortcodeFlow', name: 'feature-state', positional: [], named: {for_k8s_version: 'v1.18', state: 'beta'}, closing: false, selfClosing: false, children: 0}])
    expect(tree.children[0]!.position?.start).toMatchObject({line: 1, column: 1})
  })

  it('parses an inline shortcode and keeps the text around it', () => {
    const {tree} = parse('el {{< glossary_tooltip text="clúster" term_id="cluster" >}} de Kubernetes.\n')
    const paragraph = tree.children[0]!
    expect(paragraph.type).toBe('paragraph')
    expect(shortcodes(tree)).toEqual([{type: 'shortcodeText', name: 'glossary_tooltip', positional: [], named: {text: 'clúster', term_id: 'cluster'}, closing: false, selfClosing: false, children: 0}])
    expect(toString(paragraph)).toBe('el  de Kubernetes.')
    const shortcode = (paragraph as {children: RootContent[]}).children[1]!
    expect(shortcode.position?.start).toMatchObject({line: 1, column: 4})
  })

  it('parses positional arguments: quoted, raw and bare', () => {
    const {tree} = parse('{{% heading "whatsnext" %}}\n\n{{< param version >}}\n\n{{< code `a b` >}}\n')
    expect(shortcodes(tree).map((node) => [node.name, node.positional])).toEqual([
      ['heading', ['whatsnext']],
      ['param', ['version']],
      ['code', ['a b']]
    ])
  })

  it('parses a shortcode inside a heading', () => {
    const {tree} = parse('## {{% heading "whatsnext" %}}\n')
    expect(tree.children[0]!.type).toBe('heading')
    expect(shortcodes(tree)).toMatchObject([{type: 'shortcodeText', name: 'heading', positional: ['whatsnext']}])
  })

  it('pairs a note around Markdown, which stays real mdast', () => {
    const {tree, file} = parse('Intro.\n\n{{< note >}}\nSee [the *guide*](/docs/guide/).\n{{< /note >}}\n\nAfter.\n')
    const note = tree.children[1]!
    expect(note.type).toBe('shortcodeFlow')
    const [paragraph] = (note as {children: RootContent[]}).children
    expect(paragraph!.type).toBe('paragraph')
    expect((paragraph as {children: RootContent[]}).children.some((child) => child.type === 'link')).toBe(true)
    expect(note.position?.end.line).toBe(5)
    expect(tree.children[2]!.type).toBe('paragraph')
    expect(file.messages).toEqual([])
  })

  it('pairs capture blocks at root level with headings inside', () => {
    const {tree} = parse('{{% capture body %}}\n\n## Cluster to Master\n\nText.\n\n{{% /capture %}}\n')
    expect(tree.children).toHaveLength(1)
    const capture = tree.children[0] as Shortcode
    expect(capture.name).toBe('capture')
    expect(capture.children.map((child) => child.type)).toEqual(['heading', 'paragraph'])
  })

  it('nests tabs in tabs and a tab in a tab', () => {
    const {tree, file} = parse('{{< tabs >}}\n{{< tab >}}\nOne.\n{{< /tab >}}\n{{< tab >}}\n{{< tab >}}\nInner.\n{{< /tab >}}\n{{< /tab >}}\n{{< /tabs >}}\n')
    expect(file.messages).toEqual([])
    const tabs = tree.children[0] as Shortcode
    expect(tabs.name).toBe('tabs')
    expect(tabs.children.map((child) => (child as Shortcode).name)).toEqual(['tab', 'tab'])
    expect(((tabs.children[1] as Shortcode).children[0] as Shortcode).name).toBe('tab')
  })

  it('parses an explicit self-closing tag', () => {
    const {tree} = parse('{{< figure src="x.png" />}}\n')
    expect(shortcodes(tree)).toMatchObject([{name: 'figure', selfClosing: true, named: {src: 'x.png'}}])
  })

  it('leaves shortcodes in code alone, and Hugo comment escapes', () => {
    const {tree} = parse('Use `{{< note >}}` here.\n\n```\n{{< note >}}\n```\n\nEscaped {{</* note */>}} tag.\n')
    expect(shortcodes(tree)).toEqual([])
    expect(toString(tree.children[2]!)).toBe('Escaped {{</* note */>}} tag.')
  })

  it('leaves an unterminated tag as text', () => {
    const {tree} = parse('Broken {{< foo bar\n')
    expect(shortcodes(tree)).toEqual([])
    expect(toString(tree)).toBe('Broken {{< foo bar')
  })

  it('reports an unclosed paired shortcode at its line', () => {
    const {file} = parse('Text.\n\n{{< note >}}\nNever closed.\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([['unclosed-shortcode', 3, 'Unclosed shortcode `{{< note >}}`, expected `{{< /note >}}`']])
  })

  it('reports a stray closing tag', () => {
    const {file} = parse('Text.\n\n{{< /note >}}\n')
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['unopened-shortcode', 3]])
  })

  it('parses an inline shortcode spanning lines', () => {
    const {tree} = parse('A {{< glossary_tooltip text="pod"\n  term_id="pod" >}} runs.\n')
    expect(shortcodes(tree)).toMatchObject([{type: 'shortcodeText', name: 'glossary_tooltip', named: {text: 'pod', term_id: 'pod'}}])
  })

  it('parses a shortcode line inside a list item', () => {
    const {tree} = parse('- Item\n\n  {{< note >}}\n  Inside.\n  {{< /note >}}\n')
    const list = tree.children[0] as {children: Array<{children: RootContent[]}>}
    expect(list.children[0]!.children.map((child) => child.type)).toEqual(['paragraph', 'shortcodeFlow'])
  })

  it('handles CRLF line endings', () => {
    const {tree, file} = parse('{{< note >}}\r\nText.\r\n{{< /note >}}\r\n')
    expect(file.messages).toEqual([])
    expect(shortcodes(tree)).toMatchObject([{type: 'shortcodeFlow', name: 'note', children: 1}])
  })
})
