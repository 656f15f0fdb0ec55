import type {Heading, Root} from 'mdast'
import {walkTree} from './walk-tree.ts'

/**
 * An attribute list at the end of a heading, as Hugo (goldmark) and kramdown allow:
 * `{#id}`, `{#id .class}`, `{.notranslate lang=en}`.
 */
const attributesPattern = /[ \t]*\{((?:[ \t]*(?:#[^\s}]+|\.[^\s}]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))+)[ \t]*\}[ \t]*$/

/**
 * Move a heading's attribute list (`## Túneles SSH {#ssh-tunnels}`) out of its text: the id
 * into `heading.data.id`, classes and other attributes into `heading.data.attributes`, where the
 * section builder and the site read them.
 */
export function headingIds(tree: Root): void {
  walkTree(tree, (node) => {
    if (node.type !== 'heading') return
    const heading: Heading = node
    const last = heading.children.at(-1)
    if (!last || last.type !== 'text') return
    const match = attributesPattern.exec(last.value)
    if (!match) return
    last.value = last.value.slice(0, match.index)
    if (last.value === '') heading.children.pop()
    const attributes: Record<string, string> = {}
    let id: string | undefined
    const classes: string[] = []
    for (const token of match[1]!.matchAll(/#([^\s}]+)|\.([^\s}]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g)) {
      if (token[1]) id = token[1]
      else if (token[2]) classes.push(token[2])
      else if (token[3]) attributes[token[3]] = token[4] ?? token[5] ?? token[6] ?? ''
    }
    if (classes.length > 0) attributes.class = classes.join(' ')
    heading.data = {...heading.data, ...(id ? {id} : {}), ...(Object.keys(attributes).length > 0 ? {attributes} : {})}
  })
}

declare module 'mdast' {
  interface HeadingData {
    /** Explicit id from `{#id}`. */
    id?: string
    /** Other attributes from the heading's attribute list (`class`, `lang`). */
    attributes?: Record<string, string>
    /** What a heading shortcode stands for (`whatsnext`). */
    headingKey?: string
  }
}
