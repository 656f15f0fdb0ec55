import type {Heading, Root} from 'mdast'
import {visit} from 'unist-util-visit'

/** `{#id}` (optionally with classes or attributes, as Hugo and kramdown allow) at the end of a heading. */
const idPattern = /[ \t]*\{#([^\s}]+)(?:[ \t][^}]*)?\}[ \t]*$/

/**
 * Move an explicit heading id (`## Túneles SSH {#ssh-tunnels}`) out of the heading's text into
 * `heading.data.id`, where the section builder and the site read it.
 */
export function headingIds(tree: Root): void {
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1)
    if (!last || last.type !== 'text') return
    const match = idPattern.exec(last.value)
    if (!match) return
    last.value = last.value.slice(0, match.index)
    if (last.value === '') heading.children.pop()
    heading.data = {...heading.data, id: match[1]}
  })
}

declare module 'mdast' {
  interface HeadingData {
    /** Explicit id from `{#id}`. */
    id?: string
    /** What a heading shortcode stands for (`whatsnext`). */
    headingKey?: string
  }
}
