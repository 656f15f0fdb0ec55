import type {Heading, Link, PhrasingContent, RootContent} from 'mdast'
import type {Config} from '../engine/index.ts'
import {hugoTabs, tabsElement} from './content-tabs.ts'
import {t, type UiKey} from './i18n.ts'
import {element, inlineElement, isParent, text} from './mdast-element.ts'
import {restoreDirective} from './restore-directive.ts'
import {isSafeUrl} from './safe-url.ts'
import {headingTitle, type ShortcodeNode} from './shortcode-handlers.ts'

/** What turning one section's nodes into Starlight's parts needs. */
export interface PartsContext {
  /** Language of the labels (the page's locale). */
  locale: string
  config: Config
  /** Rewrites a link target to this site, or returns it as is. */
  href(url: string): string
  /** A shortcode the site cannot render (shown as a placeholder). */
  onUnknown(name: string): void
  /** A link whose target is not published (rendered as its text). */
  onUnsafe(url: string): void
  /** The parsed content of an included file (Docsy's `include`), or undefined when there is none. */
  include(name: string): RootContent[] | undefined
  /** Files being included, outermost first (an include of one of them is a loop). */
  including?: string[]
}

/** Kubernetes' callouts as Starlight's aside variants. */
const asides: Record<string, 'note' | 'caution' | 'danger'> = {note: 'note', caution: 'caution', warning: 'danger'}

/**
 * Turn a section's nodes (a clone: they are changed in place) into what Starlight renders: Hugo
 * shortcodes as Starlight's asides, a badge, links and tabs; links into this site's locale; links
 * with a target that is not safe to publish made inert. Returns the new list.
 */
export function toStarlightParts(nodes: RootContent[], context: PartsContext): RootContent[] {
  return nodes.flatMap((node) => convert(node, context))
}

function convert(node: RootContent, context: PartsContext): RootContent[] {
  const restored = restoreDirective(node)
  if (restored) return [restored]
  if (node.type === 'link' || node.type === 'definition') {
    if (!isSafeUrl(node.url)) {
      context.onUnsafe(node.url)
      if (node.type === 'definition') return []
      return [inlineElement('span', {className: ['inert-link'], title: t(context.locale, 'inertLink')}, convertChildren(node.children, context) as PhrasingContent[]) as RootContent]
    }
    node.url = context.href(node.url)
  }
  if (node.type === 'image' && !isSafeUrl(node.url)) {
    context.onUnsafe(node.url)
    return [text(node.alt ?? '')]
  }
  if (node.type === 'linkReference' || node.type === 'imageReference') {
    // Its definition is checked where it is.
  }
  if ((node.type as string) === 'shortcodeFlow' || (node.type as string) === 'shortcodeText') return shortcode(node as unknown as ShortcodeNode, context)
  if (node.type === 'heading') {
    node.children = headingChildren(node, context)
    return [node]
  }
  if (isParent(node)) node.children = convertChildren(node.children as RootContent[], context) as never
  return [node]
}

function convertChildren(children: RootContent[], context: PartsContext): RootContent[] {
  return children.flatMap((child) => convert(child, context))
}

/** A heading's children; a heading shortcode (`{{% heading "whatsnext" %}}`) becomes its localised title. */
export function headingChildren(heading: Heading, context: PartsContext): PhrasingContent[] {
  const key = heading.data?.headingKey
  if (key && heading.children.every((child) => (child.type as string) === 'shortcodeText' || (child.type === 'text' && child.value.trim() === ''))) {
    return [text(headingTitle(key, context))]
  }
  return convertChildren(heading.children as RootContent[], context) as PhrasingContent[]
}

function shortcode(node: ShortcodeNode, context: PartsContext): RootContent[] {
  const {name, named, positional} = node
  const flow = node.type === 'shortcodeFlow'
  const children = () => convertChildren((node.children ?? []) as RootContent[], context)
  if (context.config.shortcodes.transparent.includes(name)) return children()
  const variant = asides[name]
  if (variant) {
    const label = t(context.locale, name as UiKey)
    if (!flow) return [inlineElement('span', {className: ['lockstep-inline-aside']}, [inlineElement('strong', {}, [text(`${label}:`)]), text(' '), ...(children() as PhrasingContent[])]) as RootContent]
    return [
      element('aside', {className: ['starlight-aside', `starlight-aside--${variant}`], ariaLabel: label}, [
        element('p', {className: ['starlight-aside__title'], ariaHidden: 'true'}, [text(label)]),
        element('div', {className: ['starlight-aside__content']}, children())
      ])
    ]
  }
  if (name === 'feature-state') {
    const version = named.for_k8s_version ?? positional[0] ?? ''
    const stage = named.state ?? positional[1] ?? ''
    const badge = inlineElement('span', {className: ['lockstep-badge', `lockstep-badge-${stage}`]}, [text(`Kubernetes ${version} [${stage}]`)])
    const parts = [inlineElement('span', {className: ['feature-state-label']}, [text(`${t(context.locale, 'featureState')}:`)]), text(' '), badge]
    return [flow ? element('p', {className: ['feature-state']}, parts) : inlineElement('span', {className: ['feature-state']}, parts) as RootContent]
  }
  if (name === 'glossary_tooltip' || name === 'glossary_definition') {
    const term = named.term_id ?? ''
    const label = named.text ?? term.replace(/-/g, ' ')
    const link: Link = {type: 'link', url: `https://kubernetes.io/docs/reference/glossary/?all=true#term-${term}`, title: `Glossary: ${term}`, children: [text(label)], data: {hProperties: {className: ['glossary']}}}
    return [flow ? element('p', {}, [link]) : (link as RootContent)]
  }
  if (name === 'youtube' || name === 'sign-language-section') {
    // A link, not an embedded player: the site loads nothing from other hosts.
    const id = named.id ?? positional[0] ?? ''
    const label = t(context.locale, name === 'youtube' ? 'video' : 'signLanguageVideo')
    const link: Link = {type: 'link', url: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, children: [text(`▶ ${label}`)]}
    return [flow ? element('p', {className: ['video']}, [link]) : (link as RootContent)]
  }
  if (name === 'tabs' || name === 'tabpane') return [tabs(node, context)]
  if (name === 'include') {
    const file = named.file ?? positional[0] ?? ''
    const included = (context.including ?? []).includes(file) ? undefined : context.include(file)
    if (included) return toStarlightParts(included, {...context, including: [...(context.including ?? []), file]})
  }
  context.onUnknown(name)
  return [
    (flow ? element : inlineElement)('span', {className: ['shortcode-unknown'], dataShortcode: name, title: t(context.locale, 'unknownShortcode')}, [
      inlineElement('code', {className: ['shortcode-tag']}, [text(node.raw)]) as never,
      ...(children() as never[])
    ]) as RootContent
  ]
}

/** Hugo's tab set as Starlight's `<Tabs>` (see `hugoTabs`), its panels converted like the rest of the page. */
function tabs(node: ShortcodeNode, context: PartsContext): RootContent {
  const set = hugoTabs(node)
  return tabsElement(set.tabs.map((tab) => ({label: tab.label, children: convertChildren(tab.content, context)})), set.syncKey)
}
