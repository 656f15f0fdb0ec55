import type {Nodes, Root} from 'mdast'
import type {Extension} from 'mdast-util-from-markdown'
import type {Processor} from 'unified'

/**
 * Something in a text that remark-gfm's literal-autolink transform could turn into a link: it
 * finds `http://`, `https://` and `www.` addresses, and e-mail addresses (`mailto:`, `xmpp:` or
 * bare), which all hold an `@`. Case-insensitive, as its patterns are.
 */
const candidate = /@|https?:\/\/|www\./i

/**
 * Run remark-gfm's literal-autolink transform (`mdast-util-gfm-autolink-literal`) only on the
 * top-level blocks with a text where it could find something, instead of the whole tree. Use after
 * `remark-gfm`.
 *
 * The transform walks the tree with `unist-util-visit-parents` once per pattern, four times, and
 * that walker names a function after every node it enters: on OpenTelemetry and the Starlight docs
 * about a twentieth of a parser thread's time went to these walks, on pages where most blocks have
 * no address at all. The result is the same tree: the transform changes a text node (one outside
 * links) from that node's own value alone, and a top-level block is never inside a link; a block
 * holds no candidate only when none of its texts can change. Each candidate block is transformed in
 * a root of its own, so a text node at the top level is handled as in the whole tree.
 */
export function remarkAutolinkLiteralsWhereFound(this: Processor): void {
  const extensions = (this.data('fromMarkdownExtensions') ?? []) as Array<Extension | Extension[]>
  for (const extension of extensions.flat()) {
    if (extension.enter && 'literalAutolink' in extension.enter && extension.transforms) {
      extension.transforms = extension.transforms.map((transform) => whereFound(transform as (tree: Root) => Root | undefined))
    }
  }
}

/** `transform` applied to each top-level block of a tree that has a candidate text. */
function whereFound(transform: (tree: Root) => Root | undefined): (tree: Root) => undefined {
  return (tree) => {
    for (let index = 0; index < tree.children.length; index++) {
      const block = tree.children[index]!
      if (!hasCandidate(block)) continue
      const alone: Root = {type: 'root', children: [block]}
      const result = transform(alone) ?? alone
      tree.children.splice(index, 1, ...result.children)
      index += result.children.length - 1
    }
    return undefined
  }
}

/** Whether a text of `node`, outside links (which the transform leaves alone), holds a `candidate`. */
function hasCandidate(node: Nodes): boolean {
  if (node.type === 'text') return candidate.test(node.value)
  if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false
  for (const child of node.children as Nodes[]) if (hasCandidate(child)) return true
  return false
}
