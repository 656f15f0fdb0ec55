import type {Nodes, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {hoistEdgeShortcodes} from './hoist-edge-shortcodes.ts'
import {pairInTextOrder, scanShortcodeTags, type TextPairing} from './scan-tags.ts'
import {sourcePoints, type SourcePoints} from './source-points.ts'
import {walkTree} from '../walk-tree.ts'
import type {Shortcode} from './types.ts'

/** Configuration for `pairShortcodes`. */
export interface PairShortcodesOptions {
  /**
   * Names of shortcodes that always take a closing tag, so an opening tag
   * without one is reported (default: `defaultPairedShortcodes`).
   * Other names are reported only when a closing tag of that name exists
   * somewhere in the file.
   */
  paired?: string[] | undefined
}

/** Shortcodes that (in the Hugo themes we target) always wrap content. */
export const defaultPairedShortcodes: readonly string[] = [
  'note',
  'caution',
  'warning',
  'capture',
  'tabs',
  'tab',
  'details',
  'alert',
  'table',
  'mermaid',
  'highlight',
  'code'
]

/**
 * Turn opening/closing shortcode tags that are siblings into containers:
 * the siblings between them become the opening node's `children`, the closing
 * node is removed and the container ends where the closing tag ended.
 *
 * Works bottom-up in every parent (root, list items, block quotes, paragraphs,
 * headings, …); inline tags at the edges of a paragraph whose partner is at
 * flow level are first moved out to flow level (see `hoistEdgeShortcodes`).
 * Mutates `tree`; reports `unclosed-shortcode` / `unopened-shortcode` on `file`, but only for a
 * tag that Hugo too leaves unpaired: Hugo pairs tags in text order before it reads any Markdown,
 * so a `{{% tab %}}` in a list item closed by a `{{% /tab %}}` after a fence at column 0 (or in
 * an indented code block) is a pair the tree cannot hold, not a mistake (`pairInTextOrder`).
 * Run it once per tree: a second run cannot tell paired tags from unpaired.
 */
export function pairShortcodes(tree: Root, file: VFile, options: PairShortcodesOptions = {}): void {
  const pairedNames = new Set(options.paired ?? defaultPairedShortcodes)
  const paired = new WeakSet<Shortcode>()
  // Names with a closing tag anywhere: an opening tag of such a name that
  // stays unpaired is a mistake even if the name is not known to be paired.
  const closingNames = new Set<string>()
  let points: SourcePoints | undefined
  const getPoints = () => (points ??= sourcePoints(String(file)))
  let textPairing: TextPairing | undefined
  // Whether Hugo leaves the tag unpaired too; a tag the text scan did not read as the tree did
  // (or without an offset) is taken at the tree's word.
  const unpairedInText = (node: Shortcode, side: 'unclosed' | 'unopened') => {
    const offset = node.position?.start.offset
    if (offset === undefined) return true
    textPairing ??= pairInTextOrder(scanShortcodeTags(String(file)))
    return !textPairing.tags.has(offset) || textPairing[side].has(offset)
  }

  walkTree(tree, (node) => {
    if (isShortcode(node) && node.closing) closingNames.add(node.name)
  })

  pairIn(tree)

  walkTree(tree, (node) => {
    if (!isShortcode(node)) return

    if (node.closing) {
      if (!unpairedInText(node, 'unopened')) return
      file.message('Closing shortcode `' + tag(node, true) + '` has no opening tag', {
        place: node.position,
        ruleId: 'unopened-shortcode',
        source: 'lockstep'
      })
    } else if (
      !node.selfClosing &&
      !paired.has(node) &&
      (pairedNames.has(node.name) || closingNames.has(node.name)) &&
      unpairedInText(node, 'unclosed')
    ) {
      file.message(
        'Unclosed shortcode `' + tag(node, false) + '`, expected `' + tag(node, true) + '`',
        {place: node.position, ruleId: 'unclosed-shortcode', source: 'lockstep'}
      )
    }
  })

  function pairIn(parent: Parent): void {
    // Children first: a paragraph's own pairs must be known before deciding
    // which of its edge tags belong to flow level.
    for (const child of parent.children) {
      if ('children' in child) pairIn(child)
    }

    hoistEdgeShortcodes(parent, paired, getPoints)
    pairSiblings(parent)
  }

  function pairSiblings(parent: Parent): void {
    const children: RootContent[] = []
    // Open tags waiting for their closing tag, with their index in `children`.
    const open: Array<{node: Shortcode; index: number}> = []

    for (const child of parent.children) {
      if (isShortcode(child) && !paired.has(child)) {
        if (child.closing) {
          let index = open.length - 1
          while (index >= 0 && open[index]?.node.name !== child.name) index--
          const opening = open[index]

          if (opening) {
            const node = opening.node
            // Flow tags pair among flow siblings and text tags among phrasing
            // siblings, so the moved children fit the container's type.
            node.children = children.splice(opening.index + 1) as typeof node.children
            if (node.position && child.position) {
              node.position = {start: node.position.start, end: child.position.end}
            }
            paired.add(node)
            // Tags opened inside it and never closed stay inside, unpaired.
            open.length = index
            continue
          }
        } else if (!child.selfClosing) {
          open.push({node: child, index: children.length})
        }
      }

      children.push(child)
    }

    parent.children = children
  }
}

function isShortcode(node: Nodes): node is Shortcode {
  return node.type === 'shortcodeFlow' || node.type === 'shortcodeText'
}

/** `{{< name >}}`, `{{% /name %}}`: the tag as a reader would look for it. */
function tag(node: Shortcode, closing: boolean): string {
  const end = node.delimiter === '%' ? '%' : '>'
  return '{{' + node.delimiter + ' ' + (closing ? '/' : '') + node.name + ' ' + end + '}}'
}
