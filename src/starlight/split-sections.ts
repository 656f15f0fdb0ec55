import type {Heading, Root, RootContent} from 'mdast'
import type {PageSummary} from '../engine/index.ts'

/** One section of a parsed page: its heading (none for the introduction) and the blocks under it. */
export interface SectionNodes {
  heading?: Heading
  nodes: RootContent[]
}

/**
 * Cut a parsed page into the sections its summary lists, so section `i` here is
 * `summary.sections[i]`. Headings are matched to sections by line, which both come from the same
 * parse. Like the section builder, containers that hold headings (`{{% capture body %}}`) are
 * transparent, and a leading H1 that is the page title is dropped (the layout shows the title).
 */
export function splitSections(tree: Root, summary: PageSummary): SectionNodes[] {
  const byLine = new Map<number, number>()
  summary.sections.forEach((section, index) => {
    if (section.level > 0) byLine.set(section.line, index)
  })
  const titleLine = summary.sections[0]?.line
  const out: SectionNodes[] = summary.sections.map(() => ({nodes: []}))
  let current = 0
  const flow = (children: RootContent[]) => {
    for (const node of children) {
      if (node.type === 'yaml' || node.type === 'toml') continue
      if (node.type === 'heading') {
        const line = node.position?.start.line
        const index = line === undefined ? undefined : byLine.get(line)
        if (index !== undefined) {
          current = index
          out[index]!.heading = node
          continue
        }
        if (node.depth === 1 && current === 0 && line === titleLine) continue
      }
      if ((node.type === 'shortcodeFlow' || node.type === 'mdxJsxFlowElement' || node.type === 'containerDirective') && containsHeading(node)) {
        flow(node.children as RootContent[])
        continue
      }
      out[current]!.nodes.push(node)
    }
  }
  flow(tree.children)
  return out
}

function containsHeading(node: RootContent): boolean {
  if (!('children' in node)) return false
  return (node.children as RootContent[]).some((child) => child.type === 'heading' || ((child.type === 'shortcodeFlow' || child.type === 'mdxJsxFlowElement' || child.type === 'containerDirective') && containsHeading(child)))
}
