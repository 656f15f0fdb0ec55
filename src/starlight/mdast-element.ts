import type {Data, Parent, PhrasingContent, RootContent, Text} from 'mdast'

/** Properties of the HTML element an mdast node becomes (`data.hProperties`). */
export type ElementProperties = Record<string, string | number | boolean | string[] | undefined>

/**
 * An mdast node that `mdast-util-to-hast` turns into the element `tagName` (through `data.hName`):
 * how the site adds asides, sections and markers to a page in any Markdown pipeline (Astro's
 * Markdown and MDX alike) without raw HTML.
 */
export function element(tagName: string, properties: ElementProperties, children: RootContent[]): RootContent {
  const data: Data = {hName: tagName, hProperties: properties as never}
  return {type: 'lockstepElement', data, children} as unknown as RootContent
}

/** A phrasing element (inside a paragraph or heading). */
export function inlineElement(tagName: string, properties: ElementProperties, children: PhrasingContent[]): PhrasingContent {
  return element(tagName, properties, children) as unknown as PhrasingContent
}

/** A text node. */
export function text(value: string): Text {
  return {type: 'text', value}
}

/** Whether a node has children. */
export function isParent(node: unknown): node is Parent {
  return typeof node === 'object' && node !== null && Array.isArray((node as Parent).children)
}
