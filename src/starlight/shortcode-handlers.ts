import type {Element, ElementContent} from 'hast'
import type {Handlers, State} from 'mdast-util-to-hast'
import type {Config} from '../engine/index.ts'
import {hugoTabs} from './content-tabs.ts'
import {t, type UiKey} from './i18n.ts'

/** A shortcode node as the engine's parser makes it (`shortcodeFlow` / `shortcodeText`). */
export interface ShortcodeNode {
  type: 'shortcodeFlow' | 'shortcodeText'
  name: string
  positional: string[]
  named: Record<string, string>
  raw: string
  children: unknown[]
}

/** What the shortcode handlers need to know about the page being rendered. */
export interface ShortcodeContext {
  locale: string
  config: Config
  /** Called for a shortcode the site cannot render. */
  onUnknown(name: string, raw: string): void
}

const callouts = new Set(['note', 'caution', 'warning'])

/**
 * `mdast-util-to-hast` handlers for Hugo shortcodes: callouts, feature-state badges, glossary
 * tooltips and heading shortcodes render as Kubernetes' own templates would; a shortcode the
 * site does not know is shown as a visible placeholder rather than dropped.
 */
export function shortcodeHandlers(context: ShortcodeContext): Handlers {
  const render = (state: State, node: ShortcodeNode): Element | ElementContent[] => {
    const {name, named, positional} = node
    const children = () => state.all(node as never)
    if (context.config.shortcodes.transparent.includes(name)) return children()
    if (callouts.has(name)) {
      const label = t(context.locale, name as UiKey)
      return h('aside', {className: ['callout', `callout-${name}`], role: 'note', ariaLabel: label}, [
        h('p', {className: ['callout-title']}, [text(`${label}:`)]),
        ...children()
      ])
    }
    if (name === 'feature-state') {
      const version = named.for_k8s_version ?? positional[0] ?? ''
      const stage = named.state ?? positional[1] ?? ''
      return h(node.type === 'shortcodeFlow' ? 'p' : 'span', {className: ['feature-state']}, [
        h('span', {className: ['feature-state-label']}, [text(`${t(context.locale, 'featureState')}:`)]),
        text(' '),
        h('code', {className: ['badge', `badge-${stage}`]}, [text(`Kubernetes ${version} [${stage}]`)])
      ])
    }
    if (name === 'glossary_tooltip' || name === 'glossary_definition') {
      const term = named.term_id ?? ''
      const label = named.text ?? term.replace(/-/g, ' ')
      return h('a', {className: ['glossary'], href: `https://kubernetes.io/docs/reference/glossary/?all=true#term-${term}`, title: `Glossary: ${term}`}, [text(label)])
    }
    if (name === 'youtube' || name === 'sign-language-section') {
      // Hugo's `youtube` and the CNCF glossary's sign-language video: a link, not an embedded player
      // (the site loads nothing from other hosts).
      const id = named.id ?? positional[0] ?? ''
      const label = t(context.locale, name === 'youtube' ? 'video' : 'signLanguageVideo')
      return h(node.type === 'shortcodeFlow' ? 'p' : 'span', {className: ['video']}, [h('a', {href: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`}, [text(`▶ ${label}`)])])
    }
    if (name === 'tabs' || name === 'tabpane') {
      // The markup the plugin's ContentParts renders as Starlight's Tabs (the side-by-side view uses it too).
      const set = hugoTabs(node)
      return h('lockstep-tabs', set.syncKey ? {dataSyncKey: encodeURIComponent(set.syncKey)} : {}, set.tabs.map((tab) => h('lockstep-tab', {dataLabel: encodeURIComponent(tab.label)}, state.all({type: 'root', children: tab.content} as never))))
    }
    const headingKey = headingKeyOf(node, context.config)
    if (headingKey) return [text(headingTitle(headingKey, context))]
    context.onUnknown(name, node.raw)
    const flow = node.type === 'shortcodeFlow'
    return h(flow ? 'div' : 'span', {className: ['shortcode-unknown'], dataShortcode: name}, [
      h('code', {className: ['shortcode-tag']}, [text(node.raw)]),
      ...children()
    ])
  }
  return {shortcodeFlow: render as never, shortcodeText: render as never}
}

/** The key a heading shortcode stands for (`{{% heading "whatsnext" %}}` → `whatsnext`). */
function headingKeyOf(node: ShortcodeNode, config: Config): string | undefined {
  const template = config.shortcodes.headings[node.name]
  if (template === undefined) return undefined
  return template.replace(/\$(\d)/g, (_, n: string) => node.positional[Number(n) - 1] ?? '') || undefined
}

/** The localised title of a heading key, else the configured English one. */
export function headingTitle(key: string, context: Pick<ShortcodeContext, 'locale' | 'config'>): string {
  const own = t(context.locale, key as UiKey)
  if (own !== undefined && own !== key) return own
  return context.config.shortcodes.headingTitles[key] ?? key
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}

function text(value: string): ElementContent {
  return {type: 'text', value}
}
