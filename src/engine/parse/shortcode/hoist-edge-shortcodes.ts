import type {Paragraph, Parent, PhrasingContent, RootContent} from 'mdast'
import type {SourcePoints} from './source-points.ts'
import type {Shortcode, ShortcodeFlow, ShortcodeText} from './types.ts'

/** Unpaired inline tags at the start and at the end of one paragraph. */
interface Edges {
  lead: ShortcodeText[]
  trail: ShortcodeText[]
}

/**
 * Move inline tags at the edges of paragraphs out to flow level when they pair
 * with a tag at flow level (or at the edge of another paragraph).
 *
 * Hugo pairs shortcodes by their order in the raw text, ignoring markdown, so
 * real content (prettier-formatted especially) is full of
 *
 * ```markdown
 * {{< tabpane text=true >}} {{% tab Docker %}}
 * …fenced code…
 * {{% /tab %}} {{% tab Podman %}}
 * …
 * Distributed traces {{< /homepage/signal >}}
 * ```
 *
 * where the tags are phrasing content of a paragraph while their partners
 * are flow content. Only tags that would actually pair are hoisted (plus any
 * unpaired tag between them and the paragraph edge), so an inline
 * `{{% param version %}}` starting a sentence stays where it is.
 * `paired` holds tags already paired inside their paragraph; they never move.
 */
export function hoistEdgeShortcodes(
  parent: Parent,
  paired: WeakSet<Shortcode>,
  points: () => SourcePoints
): void {
  const edges = new Map<Paragraph, Edges>()
  const candidates = new Set<Shortcode>()
  // Every unpaired tag that can take part in pairing at this level, in order.
  const sequence: Shortcode[] = []

  for (const child of parent.children) {
    if (child.type === 'paragraph') {
      const found = findEdges(child, paired)
      if (found.lead.length === 0 && found.trail.length === 0) continue
      edges.set(child, found)
      for (const node of [...found.lead, ...found.trail]) {
        candidates.add(node)
        sequence.push(node)
      }
    } else if (child.type === 'shortcodeFlow' && !child.selfClosing && !paired.has(child)) {
      sequence.push(child)
    }
  }

  if (candidates.size === 0) return
  const matched = matchCandidates(sequence, candidates)
  if (matched.size === 0) return

  const children: RootContent[] = []

  for (const child of parent.children) {
    const found = child.type === 'paragraph' ? edges.get(child) : undefined
    if (child.type !== 'paragraph' || found === undefined) {
      children.push(child)
      continue
    }

    const leadCount = lastIndexWhere(found.lead, (node) => matched.has(node)) + 1
    let trailFrom = found.trail.findIndex((node) => matched.has(node))
    if (trailFrom === -1) trailFrom = found.trail.length

    if (leadCount === 0 && trailFrom === found.trail.length) {
      children.push(child)
      continue
    }

    const leadNode = found.lead[leadCount - 1]
    const trailNode = found.trail[trailFrom]
    const leadCut = leadNode ? child.children.indexOf(leadNode) + 1 : 0
    const trailCut = trailNode ? child.children.indexOf(trailNode) : child.children.length
    const middle = trim(child.children.slice(leadCut, trailCut), leadCut > 0, trailNode !== undefined, points)

    for (const node of found.lead.slice(0, leadCount)) children.push(toFlow(node))

    if (middle.length > 0) {
      child.children = middle
      const start = middle[0]?.position?.start
      const end = middle[middle.length - 1]?.position?.end
      if (child.position && start && end) child.position = {start: {...start}, end: {...end}}
      children.push(child)
    }

    for (const node of found.trail.slice(trailFrom)) children.push(toFlow(node))
  }

  parent.children = children
}

/**
 * Leading run: unpaired, non-self-closing tags separated only by whitespace,
 * from the start of the paragraph; trailing run: the same from its end.
 * A paragraph made only of tags is all leading run.
 */
function findEdges(paragraph: Paragraph, paired: WeakSet<Shortcode>): Edges {
  const lead: ShortcodeText[] = []
  const trail: ShortcodeText[] = []
  const children = paragraph.children
  let start = 0

  for (; start < children.length; start++) {
    const child = children[start]
    if (child === undefined || isBlank(child)) continue
    if (!isEdgeTag(child, paired)) break
    lead.push(child)
  }

  for (let index = children.length - 1; index >= start; index--) {
    const child = children[index]
    if (child === undefined || isBlank(child)) continue
    if (!isEdgeTag(child, paired)) break
    trail.unshift(child)
  }

  return {lead, trail}
}

/** Simulate pairing at flow level; return the candidates that found a partner. */
function matchCandidates(sequence: Shortcode[], candidates: Set<Shortcode>): Set<Shortcode> {
  const matched = new Set<Shortcode>()
  const stack: Shortcode[] = []

  for (const node of sequence) {
    if (!node.closing) {
      stack.push(node)
      continue
    }

    const index = lastIndexWhere(stack, (open) => open.name === node.name)
    const opener = stack[index]
    if (opener === undefined) continue
    if (candidates.has(opener)) matched.add(opener)
    if (candidates.has(node)) matched.add(node)
    // Openers above it are left unclosed, as `pairShortcodes` will leave them.
    stack.length = index
  }

  return matched
}

/**
 * Drop whitespace-only text at the cut edges and trim the text next to them,
 * recomputing positions from the source (text values and source differ only
 * by the trimmed whitespace here).
 */
function trim(
  children: PhrasingContent[],
  atStart: boolean,
  atEnd: boolean,
  points: () => SourcePoints
): PhrasingContent[] {
  const result = [...children]

  while (atStart) {
    const first = result[0]
    if (first?.type !== 'text') break
    const value = first.value.replace(/^[ \t\r\n]+/, '')
    if (value === '') {
      result.shift()
      continue
    }
    if (value !== first.value) {
      first.value = value
      const position = first.position
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        const from = points().skipForward(position.start.offset, position.end.offset)
        position.start = points().at(from)
      }
    }
    break
  }

  while (atEnd) {
    const last = result[result.length - 1]
    if (last?.type !== 'text') break
    const value = last.value.replace(/[ \t\r\n]+$/, '')
    if (value === '') {
      result.pop()
      continue
    }
    if (value !== last.value) {
      last.value = value
      const position = last.position
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        const to = points().skipBackward(position.end.offset, position.start.offset)
        position.end = points().at(to)
      }
    }
    break
  }

  return result
}

function toFlow(node: ShortcodeText): ShortcodeFlow {
  return {...node, type: 'shortcodeFlow', children: []}
}

function isEdgeTag(node: PhrasingContent, paired: WeakSet<Shortcode>): node is ShortcodeText {
  return node.type === 'shortcodeText' && !node.selfClosing && !paired.has(node)
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && /^[ \t\r\n]*$/.test(node.value)
}

function lastIndexWhere<T>(list: T[], test: (item: T) => boolean): number {
  let index = list.length - 1
  while (index >= 0 && !test(list[index] as T)) index--
  return index
}
