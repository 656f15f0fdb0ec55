import type {RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {element} from './mdast-element.ts'
import type {ShortcodeNode} from './shortcode-handlers.ts'

/** One tab of a tab set: its label (plain text) and its panel's content. */
export interface TabSpec {
  label: string
  children: RootContent[]
}

/** A piece of a page's HTML: plain HTML, or a tab set for Starlight's `<Tabs>`. */
export type ContentPart = {html: string} | {syncKey?: string; tabs: Array<{label: string; html: string}>}

/**
 * A tab set in a Markdown page (Hugo's `tabs`/`tabpane`), as a placeholder element that the
 * plugin's `MarkdownContent` renders with Starlight's own `<Tabs>` and `<TabItem>` (Markdown pages
 * cannot use components). Labels and the sync key are URI-encoded so that no HTML escaping stands
 * between them and the component.
 */
export function tabsElement(tabs: TabSpec[], syncKey?: string): RootContent {
  return element(
    'lockstep-tabs',
    syncKey ? {dataSyncKey: encodeURIComponent(syncKey)} : {},
    tabs.map((tab) => element('lockstep-tab', {dataLabel: encodeURIComponent(tab.label)}, tab.children))
  )
}

/**
 * A Hugo tab set (Kubernetes' `tabs`, Docsy's `tabpane`): each `tab` labelled by its `name` or
 * `header` (or first argument), as plain text (Docsy renders `header` as Markdown: ``Maven
 * (`pom.xml`)`` shows as “Maven (pom.xml)”), with its content as parsed. Docsy's disabled tabs (a
 * label with no panel) are left out; its tab persistence (by header, Docsy's default, or by `lang`;
 * `persist=disabled` turns it off) becomes a `syncKey`, so a reader's choice carries over to the
 * page's other tab sets and to other pages, as on the original site. A `tabpane` without
 * `text=true` shows each tab's content as code in its `lang`, as Docsy does.
 */
export function hugoTabs(node: ShortcodeNode): {syncKey?: string; tabs: Array<{label: string; content: RootContent[]}>} {
  const docsy = node.name === 'tabpane'
  const panels = ((node.children ?? []) as RootContent[]).filter((child) => (child.type as string) === 'shortcodeFlow' && (child as unknown as ShortcodeNode).name === 'tab') as unknown as ShortcodeNode[]
  const tabs = panels
    .filter((panel) => panel.named.disabled !== 'true')
    .map((panel, index) => {
      const label = toString(fromMarkdown(panel.named.name ?? panel.named.header ?? panel.positional[0] ?? '')).trim() || `${index + 1}`
      const content = (panel.children ?? []) as RootContent[]
      if (!docsy || node.named.text === 'true' || panel.named.text === 'true') return {label, content}
      const code: RootContent = {type: 'code', lang: panel.named.lang ?? node.named.lang ?? null, value: content.map((child) => toString(child)).join('\n\n')}
      return {label, content: [code]}
    })
  const persist = docsy ? (node.named.persist ?? (node.named.persistLang === 'false' ? 'disabled' : 'header')) : 'disabled'
  return persist === 'disabled' || persist === 'false' ? {tabs} : {syncKey: `docsy-${persist}`, tabs}
}

const tag = /<(\/?)lockstep-(tabs|tab)(?=[\s>/])([^>]*)>/g

/**
 * Split rendered HTML at its tab sets (top level only: a panel keeps the tab sets nested in it,
 * split again when it is rendered). HTML with no tab set is one part.
 */
export function splitTabs(html: string): ContentPart[] {
  const parts: ContentPart[] = []
  let depth = 0
  let last = 0
  let set: {syncKey?: string; tabs: Array<{label: string; html: string}>; openedAt: number} | undefined
  let tab: {label: string; start: number} | undefined
  for (const match of html.matchAll(tag)) {
    const [whole, closing, name, attributes = ''] = match
    const at = match.index!
    if (name === 'tabs') {
      if (!closing) {
        depth++
        if (depth === 1) {
          if (at > last) parts.push({html: html.slice(last, at)})
          const syncKey = attribute(attributes, 'data-sync-key')
          set = {...(syncKey ? {syncKey} : {}), tabs: [], openedAt: at}
        }
      } else if (depth > 0) {
        depth--
        if (depth === 0 && set) {
          const {openedAt: _openedAt, ...done} = set
          parts.push(done)
          set = undefined
          last = at + whole.length
        }
      }
    } else if (depth === 1 && set) {
      if (!closing) tab = {label: attribute(attributes, 'data-label') ?? '', start: at + whole.length}
      else if (tab) {
        set.tabs.push({label: tab.label, html: html.slice(tab.start, at)})
        tab = undefined
      }
    }
  }
  // An unclosed set (not markup this module wrote) stays as it was.
  if (set) last = set.openedAt
  if (last < html.length) parts.push({html: html.slice(last)})
  return parts
}

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1]
  if (value === undefined) return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
