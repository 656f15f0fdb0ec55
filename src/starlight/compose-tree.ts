import fs from 'node:fs'
import path from 'node:path'
import type {PhrasingContent, Root, RootContent} from 'mdast'
import {parsePage} from './parse-page.ts'
import {composePage, localHref, type Block, type ComposedPage} from './compose-page.ts'
import {ui, type UiKey} from './i18n.ts'
import type {Site} from './load-site.ts'
import {element, inlineElement, text} from './mdast-element.ts'
import {sectionMarkers} from './section-markers.ts'
import {headingChildren, toStarlightParts, type PartsContext} from './to-starlight-parts.ts'

/** What the build log lists: shortcodes shown as placeholders and links made inert, by name or target, with their files. */
export interface RenderLog {
  unknownShortcodes: Map<string, Set<string>>
  inertLinks: Map<string, Set<string>>
  missingComponents: Map<string, Set<string>>
}

/** Shared through globalThis: the Markdown pipeline and the build-log integration load this module separately. */
export const renderLog: RenderLog = ((globalThis as Record<symbol, RenderLog>)[Symbol.for('lockstep.renderLog')] ??= {unknownShortcodes: new Map(), inertLinks: new Map(), missingComponents: new Map()})

/** A component shown as a placeholder in `file` (listed in the build log). */
export function noteMissingComponent(name: string, file: string): void {
  note((renderLog.missingComponents ??= new Map()), name, file)
}

function note(map: Map<string, Set<string>>, key: string, file: string): void {
  const files = map.get(key) ?? new Set()
  files.add(file)
  map.set(key, files)
}

/**
 * The Markdown tree of one page of one locale as the site shows it: the translation's sections
 * under the source's ids (native slugs kept as empty `<span id>` aliases), each missing source
 * section in the source language at its place (`lang`, a label, in the search index), extra
 * sections kept, markers linking to the side-by-side view. One step for every Markdown pipeline:
 * the remark plugin is a thin adapter over it.
 */
export async function composeTree(site: Site, locale: string, page: string): Promise<Root | undefined> {
  const composed = await composePage(site, locale, page)
  if (!composed) return undefined
  const children: RootContent[] = []
  for (const block of composed.blocks) children.push(...blockNodes(site, composed, block))
  return {type: 'root', children}
}

function blockNodes(site: Site, composed: ComposedPage, block: Block): RootContent[] {
  const {locale, page} = composed
  const context: PartsContext = {
    locale,
    config: site.config,
    href: (url) => localHref(site, locale, url, block.file),
    onUnknown: (name) => note(renderLog.unknownShortcodes, name, block.file),
    onUnsafe: (url) => note(renderLog.inertLinks, url, block.file),
    include: (name) => includeFile(site, block.file, name)
  }
  const showMarkers = locale !== site.sourceLocale && !composed.fallbackPage && !composed.orphan
  const translateHref = `/translate/${locale}/${page}/${block.id ? `#row-${block.id}` : ''}`
  const nodes: RootContent[] = structuredClone(block.nodes)
  const content: RootContent[] = block.aliases.map((alias) => element('span', {id: alias, className: ['alias']}, []))
  if (block.level > 0 && block.heading) {
    const heading = structuredClone(block.heading)
    heading.depth = Math.min(Math.max(block.level, 2), 6) as 2
    heading.children = headingChildren(heading, context)
    heading.data = {...heading.data, hProperties: {...(heading.data?.hProperties as object), id: block.id, dataAnchor: ''}}
    content.push(heading)
  }
  const markers = showMarkers ? sectionMarkers(block) : []
  const drift = block.findings.filter((finding) => finding.severity !== 'info')
  const findingsLink = showMarkers && (block.kind === 'fallback' || drift.length > 0)
  if (markers.length > 0 || findingsLink) {
    const links: PhrasingContent[] = markers.map((marker) =>
      link(translateHref, ['marker', `marker-${marker.kind}`], [uiText(locale, marker.kind === 'outdated' ? 'outdatedSection' : 'untranslatedSection')], marker.kind === 'outdated' ? ui(locale, 'outdatedSectionTitle', {kinds: marker.kinds.join(', ')}).text : undefined)
    )
    if (findingsLink) {
      const worst = block.findings.some((f) => f.severity === 'error') ? 'error' : block.findings.some((f) => f.severity === 'warning') ? 'warning' : 'info'
      const label = block.kind === 'fallback' ? [uiText(locale, 'compare')] : [uiText(locale, 'findings', {count: drift.length}), text(' · '), uiText(locale, 'compare')]
      links.push(link(translateHref, ['drift', worst], label))
    }
    content.push(element('p', {className: ['markers'], lang: locale, dataPagefindIgnore: ''}, links))
  }
  if (block.sourceHref) {
    content.push(element('p', {}, [link(block.sourceHref, [], [uiText(locale, 'readInSource')])]))
  } else content.push(...toStarlightParts(nodes, context))
  if (block.kind === 'fallback') {
    const added = block.sourceChange?.change === 'added'
    const label = element('p', {className: ['fallback-label'], lang: locale, dataPagefindIgnore: ''}, [uiText(locale, added ? 'addedInSource' : 'notTranslated'), text(' — '), uiText(locale, added ? 'addedInSourceBody' : 'notTranslatedBody')])
    return [element('section', {className: ['fallback', ...(added ? ['added'] : [])], lang: block.lang}, [label, ...content])]
  }
  if (block.level === 0 && block.aliases.length === 0 && block.id === '') return content
  return [element('section', {className: ['doc-section', block.kind], ...(block.lang === locale ? {} : {lang: block.lang})}, content)]
}

/**
 * Docsy's `include`: the file beside the page, else `<content>/<locale>/includes/<name>` of the
 * page's locale, else the source locale's (Kubernetes keeps shared snippets there).
 */
function includeFile(site: Site, pageFile: string, name: string): RootContent[] | undefined {
  if (!name || name.includes('\0')) return undefined
  const contentDir = path.resolve(site.cwd, site.config.contentDir)
  const page = path.resolve(site.cwd, pageFile)
  const locale = path.relative(contentDir, page).split(path.sep)[0] ?? ''
  const candidates = [path.resolve(path.dirname(page), name), path.resolve(contentDir, locale, 'includes', name), path.resolve(contentDir, site.sourceLocale, 'includes', name), path.resolve(contentDir, 'includes', name)]
  for (const file of candidates) {
    // Only files inside the content folder, whatever the argument says.
    if (!file.startsWith(contentDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue
    const tree = parsePage(fs.readFileSync(file), {path: path.relative(site.cwd, file), mdx: file.endsWith('.mdx'), config: site.config, directives: true}).tree
    return tree?.children.filter((node) => node.type !== 'yaml' && (node.type as string) !== 'toml')
  }
  return undefined
}

function link(url: string, className: string[], children: PhrasingContent[], title?: string): PhrasingContent {
  return {type: 'link', url, ...(title ? {title} : {}), children, data: {hProperties: {className}}}
}

/** One interface string; English, marked (`lang="en"`, dotted underline), when the locale lacks it. */
function uiText(locale: string, key: UiKey, values?: Record<string, string | number>): PhrasingContent {
  const found = ui(locale, key, values)
  if (!found.fallback) return text(found.text)
  return inlineElement('span', {className: ['ui-fallback'], lang: 'en', dataUiMissing: key, title: 'Not yet translated: shown in English'}, [text(found.text)])
}
