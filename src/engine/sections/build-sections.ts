import GithubSlugger from 'github-slugger'
import {toString} from 'mdast-util-to-string'
import type {Definition, Heading, Nodes, Root, RootContent} from 'mdast'
import type {Config} from '../config/schema.ts'
import type {ShortcodeFields} from '../parse/shortcode/index.ts'
import {codeTokens} from './code-tokens.ts'
import {collectText} from './collect-text.ts'
import {githubAlertMarker} from './github-alert.ts'
import {hashText} from './hash-text.ts'
import {htmlLinks} from './html-links.ts'
import {measureSize} from './measure-size.ts'
import {normalizeLink, type LinkContext} from './normalize-link.ts'
import {isScaffoldMarker} from './scaffold-marker.ts'
import type {PageSummary, SectionSummary, Signature} from './types.ts'

/** What `buildSections` needs besides the tree. */
export interface BuildContext {
  config: Config
  link: LinkContext
  /** Front matter of the page, if it has one. */
  frontmatter: Record<string, unknown> | null
}

/** The page title, the sections in order, and every id the page defines. */
export type BuiltSections = Pick<PageSummary, 'title' | 'sections' | 'anchors'>

/** Numbers and versions in prose (`1.18`, `v1.30.2`, `443`): what survives translation, and what `lockstep sync` carries over. */
export const numberPattern = /(?<![\p{L}\d.])v?\d+(?:\.\d+)+(?![\d.]*\p{L})|(?<![\p{L}\d.,])\d{2,}(?![\d\p{L}])/gu
const termPattern = /(?<![\p{L}\d])[A-Za-z][A-Za-z0-9]{2,}(?:-[A-Za-z0-9]+)*(?![\p{L}\d])/gu
const htmlId = /\s(?:id|name)\s*=\s*["']([^"']+)["']/g
const mdxKeyAttributes = new Set(['type', 'icon', 'id', 'name', 'variant', 'lang', 'slug', 'href', 'src', 'code', 'pkg'])

interface Draft extends SectionSummary {
  textParts: string[]
  shapes: string[]
  blockHashes: string[]
  lastLine: number
}

/**
 * Turn a parsed page into its sections: each heading up to the next heading of any rank,
 * with the section's language-independent signature.
 *
 * Containers that hold headings (`{{% capture body %}}`, an MDX component) are transparent:
 * their headings are the page's headings. The leading H1 of a page without front matter is
 * its title, not a section.
 */
export function buildSections(tree: Root, context: BuildContext): BuiltSections {
  const {config, link} = context
  const slugger = new GithubSlugger()
  const definitions = new Map<string, string>()
  const anchors = new Set<string>()
  const transparent = new Set(config.shortcodes.transparent)
  collectDefinitions(tree, definitions)

  let title = typeof context.frontmatter?.title === 'string' ? context.frontmatter.title : undefined
  const sections: Draft[] = []
  let current = draft({level: 0, title: title ?? '', id: '', slug: '', line: 1, column: 1})
  let sawContent = false

  const closeCurrent = () => sections.push(current)

  const flow = (children: RootContent[]) => {
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'yaml' || node.type === 'toml') continue
      if (node.type === 'heading') {
        const text = headingText(node, config)
        if (!sawContent && node.depth === 1 && context.frontmatter === null && sections.length === 0 && title === undefined) {
          title = text
          current.title = text
          current.line = node.position?.start.line ?? 1
          current.text.push({kind: 'title', text, line: current.line, column: node.position?.start.column ?? 1})
          sawContent = true
          continue
        }
        closeCurrent()
        const explicitId = node.data?.id
        const slug = slugger.slug(text)
        if (explicitId) anchors.add(explicitId)
        anchors.add(slug)
        current = draft({
          level: node.depth,
          title: text,
          slug,
          id: explicitId ?? slug,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1
        })
        if (explicitId) current.explicitId = explicitId
        if (node.data?.headingKey) current.headingKey = node.data.headingKey
        const attributes = node.data?.attributes
        if (attributes && (attributes.lang || /(?:^|\s)notranslate(?:\s|$)/.test(attributes.class ?? ''))) current.keepLanguage = attributes.lang ?? 'notranslate'
        const original = originalHeading(children[index - 1])
        if (original) current.original = original
        addBlock(current, node)
        continue
      }
      if (node.type !== 'html') sawContent = true
      if ((node.type === 'shortcodeFlow' || node.type === 'mdxJsxFlowElement') && containsHeading(node)) {
        if (node.type === 'shortcodeFlow' && !transparent.has(node.name)) addShortcode(current, node, node.position?.start)
        flow(node.children as RootContent[])
        continue
      }
      addBlock(current, node)
    }
  }

  const addShortcode = (section: Draft, node: (ShortcodeFields & {type: string}) | {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: unknown[]}, start?: {line: number; column: number}) => {
    const key = 'attributes' in node ? componentKey(node, link) : shortcodeKey(node, config.shortcodes.keyArgs)
    if (!key) return
    const raw = 'raw' in node ? node.raw : `<${key}>`
    const inline = 'type' in node && (node.type === 'shortcodeText' || node.type === 'mdxJsxTextElement')
    const renders = node.type === 'shortcodeFlow' && 'delimiter' in node && node.delimiter === '%' && !node.closing && (node as {children?: unknown[]}).children?.length === 0
    section.shortcodes.push({key, raw, inline, line: start?.line ?? section.line, column: start?.column ?? 1, ...(renders ? {renders: true as const} : {})})
  }

  const addBlock = (section: Draft, root: Nodes) => {
    // An explicit stack, not recursion: pages with thousands of nested lists exist.
    const stack: Nodes[] = [root]
    while (stack.length > 0) {
      const node = stack.pop()!
      const start = node.position?.start
      if (node.position) section.lastLine = Math.max(section.lastLine, node.position.end.line)
      switch (node.type) {
        case 'heading':
        case 'paragraph':
        case 'tableCell': {
          const text = collectText(node).replace(/\s+/g, ' ').trim()
          // Headings are compared by slug and id; their words would pair sections by a shared title word.
          if (text && node.type !== 'heading') {
            section.textParts.push(text)
            section.text.push({kind: node.type === 'tableCell' ? 'cell' : 'paragraph', text, line: start?.line ?? 1, column: start?.column ?? 1})
          }
          break
        }
        case 'list':
          section.shapes.push(`list:${node.children.length}`)
          break
        case 'table':
          section.shapes.push(`table:${node.children.length}x${node.children[0]?.children.length ?? 0}`)
          break
        case 'code':
          section.codes.push({inline: false, value: node.value, ...(node.lang ? {lang: node.lang} : {}), line: start?.line ?? 1, column: start?.column ?? 1})
          section.blockHashes.push(hashText(codeTokens(node.value, node.lang).join(' ')))
          continue
        case 'inlineCode':
          section.codes.push({inline: true, value: renderTooltips(node.value), line: start?.line ?? 1, column: start?.column ?? 1})
          continue
        case 'link':
        case 'linkReference': {
          const url = node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase())
          const text = collectText(node).replace(/\s+/g, ' ').trim()
          if (url !== undefined) section.links.push({url, target: normalizeLink(url, link), text, line: start?.line ?? 1, column: start?.column ?? 1})
          // Titles of external articles and sites are usually kept as published.
          if (text && url !== undefined && !/^[a-z][a-z+.-]*:/i.test(normalizeLink(url, link))) section.text.push({kind: 'link', text, line: start?.line ?? 1, column: start?.column ?? 1})
          break
        }
        case 'blockquote': {
          // A GitHub alert (`> [!NOTE]`) is the same callout as Docsy's `{{% alert %}}`: sites move
          // from one to the other, and translations follow later.
          const first = node.children[0]
          const lead = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : ''
          const kind = githubAlertMarker.exec(lead)?.[1]
          if (kind) section.shortcodes.push({key: 'alert', raw: `> [!${kind.toUpperCase()}]`, inline: false, line: start?.line ?? 1, column: start?.column ?? 1})
          break
        }
        case 'html':
          for (const match of node.value.matchAll(htmlId)) anchors.add(match[1]!)
          // A site's home page or a button row writes its links as HTML: they are links all the same.
          for (const html of htmlLinks(node.value, start ?? {line: section.line, column: 1})) section.links.push({url: html.url, target: normalizeLink(html.url, link), text: html.text, line: html.line, column: html.column})
          if (isScaffoldMarker(node.type, node.value)) section.scaffold = true
          continue
        case 'mdxFlowExpression':
          if (isScaffoldMarker(node.type, node.value)) section.scaffold = true
          continue
        case 'shortcodeFlow':
        case 'shortcodeText':
          if (!transparent.has(node.name)) addShortcode(section, node, start)
          break
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          addShortcode(section, node, start)
          for (const attribute of node.attributes) {
            if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') anchors.add(attribute.value)
          }
          break
        default:
          break
      }
      if ('children' in node) {
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
      }
    }
  }

  flow(tree.children)
  closeCurrent()
  return {title, sections: sections.map(finish), anchors: [...anchors].sort()}
}

function draft(head: Pick<SectionSummary, 'level' | 'title' | 'id' | 'slug' | 'line' | 'column'>): Draft {
  return {...head, endLine: head.line, lastLine: head.line, signature: emptySignature(), text: [], links: [], codes: [], shortcodes: [], textParts: [], shapes: [], blockHashes: []}
}

function emptySignature(): Signature {
  return {links: [], code: [], blocks: [], numbers: [], shortcodes: [], terms: [], shape: [], size: 0}
}

function finish(section: Draft): SectionSummary {
  const {textParts, shapes, blockHashes, lastLine, ...summary} = section
  const prose = textParts.join('\n')
  const terms = new Set<string>()
  for (const match of prose.matchAll(termPattern)) terms.add(match[0].toLowerCase())
  summary.endLine = lastLine
  summary.signature = {
    links: section.links.map((link) => link.target).filter((target) => target !== '' && target !== '#'),
    code: section.codes.filter((code) => code.inline).map((code) => code.value.trim()),
    blocks: blockHashes,
    numbers: [...new Set(prose.match(numberPattern) ?? [])],
    shortcodes: section.shortcodes.map((shortcode) => shortcode.key),
    terms: [...terms].sort(),
    shape: shapes,
    size: measureSize(prose)
  }
  return summary
}

/** Text of a heading as a reader sees it: a heading shortcode shows its localised title. */
function headingText(node: Heading, config: Config): string {
  const key = node.data?.headingKey
  // Unlike prose, a heading's code is part of its text and of its slug (`### \`type\`` is `#type`).
  const text = toString(node, {includeHtml: false}).replace(/\s+/g, ' ').trim()
  if (key && text === '') return config.shortcodes.headingTitles[key] ?? key
  return text
}

/** The source heading a translator kept in a comment right above the translated one. */
function originalHeading(node: RootContent | undefined): string | undefined {
  if (!node || node.type !== 'html' || !node.value.startsWith('<!--')) return undefined
  const lines = node.value.split(/\r?\n/)
  for (let index = lines.length - 1; index >= 0; index--) {
    const match = /^\s*(?:<!--\s*)?#{1,6}\s+(.+?)\s*(?:-->)?\s*$/.exec(lines[index]!)
    if (match) return match[1]!.replace(/\s*\{#[^}]*\}$/, '')
  }
  return undefined
}

function containsHeading(node: Nodes): boolean {
  if (!('children' in node)) return false
  return node.children.some((child) => child.type === 'heading' || ((child.type === 'shortcodeFlow' || child.type === 'mdxJsxFlowElement') && containsHeading(child)))
}

function collectDefinitions(tree: Root, definitions: Map<string, string>): void {
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set((node as Definition).identifier.toLowerCase(), (node as Definition).url)
  }
}

/** Comparable key of a shortcode: its name and the arguments that identify it. */
export function shortcodeKey(node: ShortcodeFields, keyArgs: Record<string, string[]>): string | undefined {
  if (node.closing) return undefined
  const keys = Object.hasOwn(keyArgs, node.name) ? keyArgs[node.name]! : []
  const parts = [node.name]
  for (const key of keys) {
    const value = key.startsWith('$') ? node.positional[Number(key.slice(1)) - 1] : node.named[key]
    if (value !== undefined) parts.push(key.startsWith('$') ? value : `${key}=${value}`)
  }
  return parts.join(' ')
}

function componentKey(node: {name: string | null; attributes: unknown[]}, link: LinkContext): string | undefined {
  if (!node.name) return undefined
  const parts = [node.name]
  for (const attribute of node.attributes as Array<{type: string; name?: string; value?: unknown}>) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && mdxKeyAttributes.has(attribute.name) && typeof attribute.value === 'string') {
      const value = attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'link' ? normalizeLink(attribute.value, link) : attribute.value
      parts.push(`${attribute.name}=${value}`)
    }
  }
  return parts.join(' ')
}

/**
 * Hugo expands shortcodes inside code spans too: `` `{{< glossary_tooltip text="kube-proxy" … >}}` ``
 * shows as the code `kube-proxy`. Compare what readers see.
 */
function renderTooltips(value: string): string {
  return value.replace(/\{\{[<%][^}]*?\stext="([^"]*)"[^}]*?[>%]\}\}/g, '$1')
}
