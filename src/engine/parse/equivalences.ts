import type {Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Equivalence} from '../config/schema.ts'
import type {ShortcodeFlow} from './shortcode/index.ts'

/** An equivalence with its pattern compiled. */
interface Compiled extends Equivalence {
  regex: RegExp
}

/**
 * Replace rendered forms by the shortcode they stand for, so every later stage sees one thing.
 *
 * A heading like `#### Note:` becomes a `note` callout holding the block after it; a paragraph
 * like `**FEATURE STATE:** \`Kubernetes v1.18 [beta]\`` becomes
 * `{{< feature-state for_k8s_version="v1.18" state="beta" >}}`. The patterns are configuration.
 */
export function equivalences(tree: Root, list: Equivalence[]): void {
  if (list.length === 0) return
  const compiled: Compiled[] = list.map((item) => ({...item, regex: new RegExp(item.pattern, 'iu')}))
  const walk = (children: RootContent[]) => {
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'heading' || node.type === 'paragraph') {
        const text = toString(node).trim()
        if (text.length > 120) continue
        const hit = findMatch(compiled, node.type, text)
        if (!hit) continue
        const [item, match] = hit
        const named: Record<string, string> = {}
        for (const [key, value] of Object.entries(item.args)) {
          named[key] = value.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '')
        }
        const callout: ShortcodeFlow = {
          type: 'shortcodeFlow',
          name: item.shortcode,
          delimiter: '<',
          closing: false,
          selfClosing: node.type === 'paragraph',
          positional: [],
          named,
          raw: node.type === 'heading' ? `${'#'.repeat(node.depth)} ${text}` : text,
          children: [],
          position: node.position,
          data: {rendered: true}
        }
        // A rendered callout heading introduces the block under it: that block is the callout's body.
        const next = children[index + 1]
        if (node.type === 'heading' && next && next.type !== 'heading') {
          callout.children = [next as Paragraph]
          if (callout.position && next.position) callout.position = {start: callout.position.start, end: next.position.end}
          children.splice(index + 1, 1)
        }
        children[index] = callout
      } else if ('children' in node && node.type !== 'list' && node.type !== 'table') {
        walk(node.children as RootContent[])
      }
    }
  }
  walk(tree.children)
}

function findMatch(compiled: Compiled[], type: 'heading' | 'paragraph', text: string): [Compiled, RegExpExecArray] | undefined {
  for (const item of compiled) {
    if (item.match !== type) continue
    const match = item.regex.exec(text)
    if (match) return [item, match]
  }
  return undefined
}

declare module './shortcode/types.ts' {
  interface ShortcodeFlowData {
    /** The node was written in its rendered form (`#### Note:`), not as a shortcode. */
    rendered?: boolean
  }
}
