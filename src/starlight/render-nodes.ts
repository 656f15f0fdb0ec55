import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Heading, PhrasingContent, RootContent} from 'mdast'
import {toHast, type Handlers, type State} from 'mdast-util-to-hast'
import {escapeHtml} from './escape-html.ts'
import {restoreDirective} from './restore-directive.ts'
import {headingTitle, shortcodeHandlers, type ShortcodeContext} from './shortcode-handlers.ts'

/** What rendering one page's blocks needs. */
export interface RenderContext extends ShortcodeContext {
  /** Rewrites a link target to this site (`/docs/x/` → `/it/docs/x/`), or returns it as is. */
  href(url: string): string
}

/** Render blocks of a parsed page to HTML with the shortcode handlers and local links. */
export function renderNodes(nodes: RootContent[], context: RenderContext): string {
  const tree = toHast({type: 'root', children: nodes}, {handlers: handlers(context), allowDangerousHtml: true})
  rewriteLinks(tree, context)
  return toHtml(tree, {allowDangerousHtml: true})
}

/** Render a heading's content (its text, or the localised title a heading shortcode stands for). */
export function renderHeadingContent(heading: Heading, context: RenderContext): string {
  const key = heading.data?.headingKey
  if (key && heading.children.every((child) => child.type !== 'text' || child.value.trim() === '')) {
    const withoutShortcode = heading.children.filter((child) => child.type !== 'shortcodeText')
    if (withoutShortcode.length === 0) return escapeHtml(headingTitle(key, context))
  }
  const children: PhrasingContent[] = heading.children
  const tree = toHast({type: 'paragraph', children}, {handlers: handlers(context), allowDangerousHtml: true}) as Element
  rewriteLinks(tree, context)
  return toHtml(tree.children, {allowDangerousHtml: true})
}

/** Shortcodes as the site renders them; text and leaf directives as the text they were written as. */
function handlers(context: RenderContext): Handlers {
  const restore = (state: State, node: RootContent) => state.one(restoreDirective(node)!, undefined)
  return {...shortcodeHandlers(context), textDirective: restore as never, leafDirective: restore as never}
}

function rewriteLinks(tree: HastNodes | HastRoot, context: RenderContext): void {
  const stack: HastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
      node.properties.href = context.href(node.properties.href)
    }
    if ('children' in node) stack.push(...(node.children as HastNodes[]))
  }
}
