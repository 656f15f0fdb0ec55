import type {Nodes, Root} from 'mdast'
import type {Point} from 'unist'
import {pairInTextOrder, scanShortcodeTags, type TagToken} from './scan-tags.ts'
import {sourcePoints} from './source-points.ts'

/** A page's text with some lines indented further, and by how much, per line (0-based). */
export interface IndentedText {
  text: string
  /** Spaces added at the start of each line (0 for most). */
  added: number[]
}

/**
 * Hugo replaces a `{{< … >}}` shortcode, from its opening to its closing tag, with one
 * placeholder before it reads the Markdown around it: the whole region stays where its opening tag
 * is. A tab pane opened in a list item whose tabs hold fences at column 0 (prettier formats them
 * so) is one block of that list item to Hugo, while CommonMark ends the list at the first such
 * fence and reads the indented closing tags after it as code. So the lines of such a region that
 * stand left of the list item's content are indented by the item's width (a fence with all its
 * lines), and the page parses as Hugo renders it. Returns `undefined` when no region needs it.
 *
 * `tree` is the page parsed as written: it tells which opening tags stand in a list item.
 */
export function indentShortcodeRegions(text: string, tree: Root): IndentedText | undefined {
  // The outermost pairs: pairs found by a stack nest, so sorted by their opening, a pair is
  // outermost when it starts after every pair before it has closed.
  const pairs: Array<[TagToken, TagToken]> = []
  let closed = -1
  for (const pair of pairInTextOrder(scanShortcodeTags(text)).pairs.sort((a, b) => a[0].start - b[0].start)) {
    if (pair[0].start < closed) continue
    closed = pair[1].end
    if (pair[0].delimiter === '<') pairs.push(pair)
  }
  if (pairs.length === 0) return undefined
  const points = sourcePoints(text)
  const lineOf = (offset: number) => points.at(offset).line - 1
  const lines = text.split('\n')
  const added = new Array<number>(lines.length).fill(0)
  let changed = false
  for (const [open, close] of pairs) {
    const first = lineOf(open.start)
    const last = lineOf(close.start)
    // Only a tag that starts an indented line opens a block of a list item, and only a region
    // with a line further left leaves it (checked before the tree is searched).
    const before = text.slice(open.start - points.at(open.start).column + 1, open.start)
    if (before === '' || before.trim() !== '') continue
    if (!lines.slice(first + 1, last + 1).some((line) => line.trim() !== '' && /^ */.exec(line)![0].length < before.length)) continue
    const width = listContentWidth(tree, open.start)
    if (width === undefined || width > before.length) continue
    let fence: {marker: string; length: number} | undefined
    for (let line = first + 1; line <= last; line++) {
      const content = lines[line]!
      const indent = /^ */.exec(content)![0].length
      if (fence) {
        added[line] = width
        const closing = /^ *(`{3,}|~{3,})[ \t]*\r?$/.exec(content)
        if (closing && closing[1]![0] === fence.marker && closing[1]!.length >= fence.length) fence = undefined
        continue
      }
      if (content.trim() === '' || indent >= width) continue
      // A tab in the indentation would change width when moved: leave such a line alone.
      if (content[indent] === '\t') continue
      added[line] = width
      changed = true
      const opening = /^ *(`{3,}|~{3,})/.exec(content)
      if (opening) fence = {marker: opening[1]![0]!, length: opening[1]!.length}
    }
  }
  if (!changed) return undefined
  return {text: lines.map((line, index) => ' '.repeat(added[index]!) + line).join('\n'), added}
}

/**
 * Move every position of a tree parsed from `indented` back onto the text as written: the same
 * lines, columns and offsets less the spaces added (a point inside them goes to the line's start).
 */
export function unindentPositions(tree: Root, indented: IndentedText, original: string): void {
  const lineStarts = [0]
  for (let index = original.indexOf('\n'); index !== -1; index = original.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const move = (point: Point) => {
    const added = indented.added[point.line - 1] ?? 0
    if (added === 0 && point.offset === undefined) return
    point.column = Math.max(1, point.column - added)
    if (point.offset !== undefined) point.offset = (lineStarts[point.line - 1] ?? 0) + point.column - 1
  }
  const walk = (node: Nodes) => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
}

/** The width of the content of the innermost list item holding the node that starts at `offset`, if any (and no block quote is between). */
function listContentWidth(tree: Root, offset: number): number | undefined {
  let width: number | undefined
  const visit = (node: Nodes, item: number | undefined): boolean => {
    if (node.position?.start.offset === offset && (node.type === 'shortcodeFlow' || node.type === 'shortcodeText')) {
      width = item
      return true
    }
    if (!('children' in node)) return false
    let inner = item
    if (node.type === 'listItem') {
      const start = node.children[0]?.position?.start.column
      inner = start === undefined ? undefined : start - 1
    } else if (node.type === 'blockquote') inner = undefined
    return node.children.some((child) => visit(child, inner))
  }
  visit(tree, undefined)
  return width
}
