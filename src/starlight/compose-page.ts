import path from 'node:path'
import type {Heading, RootContent} from 'mdast'
import type {Diagnostic, PageSummary, SectionChange, SectionSummary} from '../engine/index.ts'
import {unknownKey} from './astro-integration.ts'
import type {Site} from './load-site.ts'
import {orderSections, type AlignedRow} from './order-sections.ts'
import {pageHref, pageRoute} from './page-route.ts'
import {renderHeadingContent, renderNodes, type RenderContext} from './render-nodes.ts'
import {splitSections, type SectionNodes} from './split-sections.ts'
import {publishedHref} from './site-nav.ts'

/** A section as the site shows it. */
export interface Block {
  /** `section`: the page's own; `fallback`: a source section missing from the translation; `extra`: only in the translation. */
  kind: 'section' | 'fallback' | 'extra'
  /** The heading's id: the source section's id in every locale. */
  id: string
  /** Other ids the section answers to (its native slug, its own `{#id}`). */
  aliases: string[]
  /** 0 for the introduction. */
  level: number
  headingHtml: string
  bodyHtml: string
  /** The parsed heading and blocks the HTML was rendered from (shared with other pages: clone before changing). */
  heading?: Heading
  nodes: RootContent[]
  /** File the block's text was read from (the source file for a fallback block). */
  file: string
  /** Language of the block's text. */
  lang: string
  findings: Diagnostic[]
  row: AlignedRow
  /** How the source section changed since the translation's base (absent when unknown, and on the source page). */
  sourceChange?: SectionChange
  /** A fallback block without its text (`sectionFallback: false`): where to read it in the source. */
  sourceHref?: string
}

/** One page of one locale, ready for a layout. */
export interface ComposedPage {
  locale: string
  page: string
  title: string
  /** The page is missing in this locale and shown in the source language. */
  fallbackPage: boolean
  /** The page exists only in this locale: no source page (it may be obsolete). */
  orphan: boolean
  blocks: Block[]
  /** File the page was read from (the translation, or the source for a fallback page). */
  file: string
  /** Anchor ids of the page's sections, in order: where the language switcher can land. */
  anchors: string[]
}

/** Unknown shortcodes met while rendering, by name, with the files they are in (read by the build log). */
export const unknownShortcodes: Map<string, Set<string>> = ((globalThis as Record<symbol, Map<string, Set<string>>>)[unknownKey] ??= new Map())

/** Links to pages the content does not have, sent to the original site (read by the build log): target → files. */
export const offsiteLinks: Map<string, Set<string>> = ((globalThis as Record<symbol, Map<string, Set<string>>>)[Symbol.for('lockstep.offsiteLinks')] ??= new Map())

/**
 * Rewrite a link to a page of this site into the given locale (`/docs/x/#y` → `/it/docs/x/#y`).
 * A relative target is first resolved as the original site resolves it: against the URL of the
 * page `file` is published at (`../y/` from `/tr/x/` is `/tr/y/`; from a section's `_index.md`,
 * published at its folder, `y/` is `<folder>/y/`), a link to a Markdown file (`../y.md`) against
 * the file's folder. A link to a page the content does not have (or does not publish: a draft)
 * goes to the original site (the first of `siteUrls`), and is listed against `file` for the build log.
 */
export function localHref(site: Site, locale: string, url: string, file?: string): string {
  let rest = url
  for (const base of site.config.siteUrls) {
    const root = base.replace(/\/$/, '')
    if (rest === root) rest = '/'
    if (rest.startsWith(root + '/')) rest = rest.slice(root.length)
  }
  if (!rest.startsWith('/')) {
    const resolved = file ? resolveRelative(site, rest, file) : undefined
    if (resolved === undefined) return url
    rest = resolved
  }
  if (rest.startsWith('//')) return url
  const [pathAndQuery = '', hash] = rest.split('#', 2)
  const pathPart = pathAndQuery.split('?', 1)[0]!
  const segments = decodePath(pathPart).replace(/^\/|\/$/g, '').split('/').filter(Boolean)
  if (site.locales.includes(segments[0] ?? '')) segments.shift()
  const page = routes(site, locale).get(segments.join('/'))
  // A draft is not published here either: like a page the content does not have.
  const href = page === undefined ? undefined : publishedHref(site, locale, page)
  if (href === undefined) {
    const origin = site.config.siteUrls[0]?.replace(/\/$/, '')
    // Files (`/images/x.png`) and pages alike: the original site has them, this one does not.
    if (!origin || !file) return url
    const files = offsiteLinks.get(pathPart) ?? new Set()
    files.add(file)
    offsiteLinks.set(pathPart, files)
    return origin + rest
  }
  return `${href}${hash === undefined ? '' : `#${hash}`}`
}

/**
 * A relative link target written in `file` (relative to the project), as the root-relative URL the
 * original site's browser would follow; undefined for a target that is not relative (`mailto:`,
 * `#x`) or a file the check did not read.
 */
function resolveRelative(site: Site, target: string, file: string): string | undefined {
  if (target === '' || target.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(target)) return undefined
  const summary = site.byFile(path.resolve(site.cwd, file))
  if (!summary) return undefined
  const base = new URL(pageHref(site.sourceLocale, summary.locale, summary.page), 'http://site')
  const resolved = new URL(target, base)
  const markdown = /\.mdx?$/i.exec(resolved.pathname)
  if (markdown) {
    // A link to a Markdown file: the page that file is, wherever it is published.
    const linked = site.byFile(path.resolve(site.cwd, path.dirname(file), decodePath(target.split(/[?#]/, 1)[0]!)))
    if (linked) return pageHref(site.sourceLocale, linked.locale, linked.page) + resolved.search + resolved.hash
  }
  return resolved.pathname + resolved.search + resolved.hash
}

function decodePath(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const routeMaps = new WeakMap<Site, Map<string, Map<string, string>>>()

/** Route (`docs/foo`) → page key (`docs/foo/_index`) of every page of a locale: the source's pages and the locale's own orphans. */
function routes(site: Site, locale: string): Map<string, string> {
  let byLocale = routeMaps.get(site)
  if (!byLocale) routeMaps.set(site, (byLocale = new Map()))
  let map = byLocale.get(locale)
  if (!map) {
    map = new Map()
    for (const page of [...site.pages, ...(site.orphans.get(locale) ?? [])]) {
      const route = pageRoute(page)
      if (route !== undefined && !map.has(route)) map.set(route, page)
    }
    byLocale.set(locale, map)
  }
  return map
}

// Shared through globalThis, like the site itself: Astro composes the pages in the content layer's
// module graph and the side-by-side views in the pages' graph, and each page is composed once.
const composed: WeakMap<Site, Map<string, Promise<ComposedPage | undefined>>> = ((globalThis as Record<symbol, WeakMap<Site, Map<string, Promise<ComposedPage | undefined>>>>)[Symbol.for('lockstep.composed')] ??= new WeakMap())

/** Build one page of one locale from the check's summaries and alignment (once per site: the side-by-side view reuses it). */
export function composePage(site: Site, locale: string, page: string): Promise<ComposedPage | undefined> {
  let pages = composed.get(site)
  if (!pages) {
    pages = new Map()
    composed.set(site, pages)
  }
  const key = `${locale}/${page}`
  let result = pages.get(key)
  if (!result) {
    result = compose(site, locale, page)
    pages.set(key, result)
  }
  return result
}

async function compose(site: Site, locale: string, page: string): Promise<ComposedPage | undefined> {
  const source = site.summary(site.sourceLocale, page)
  const target = locale === site.sourceLocale ? undefined : site.summary(locale, page)
  if (!source) return target ? composeOrphan(site, target) : undefined
  const alignment = site.alignment(locale, page)
  const context = (lang: string) => renderContext(site, locale, lang, lang === site.sourceLocale ? source.file : (target?.file ?? source.file))
  const sourceTree = await site.tree(source)
  const sourceParts = sourceTree ? splitSections(sourceTree, source) : []
  const render = (summary: PageSummary, parts: SectionNodes[], index: number, lang: string) => renderPart(summary, parts, index, context(lang))

  if (!target || !alignment) {
    const fallbackPage = locale !== site.sourceLocale
    const blocks: Block[] = source.sections.map((section, index) => ({
      kind: 'section',
      id: section.id,
      aliases: aliasesOf(section, section.id),
      lang: site.sourceLocale,
      findings: [],
      row: {source: index},
      ...render(source, sourceParts, index, site.sourceLocale)
    }))
    return {locale, page, title: source.title ?? page, fallbackPage, orphan: false, blocks, file: source.file, anchors: blocks.map((block) => block.id).filter(Boolean)}
  }

  const targetTree = await site.tree(target)
  const targetParts = targetTree ? splitSections(targetTree, target) : []
  const diagnostics = site.diagnostics(locale, page)
  // A missing section's findings (`missing-section`, or `outdated-section` for one added since the
  // base) point at the translation where it belongs; they go with its fallback block instead.
  const missingLines = new Set(alignment.unmatchedSource.map((index) => source.sections[index]!.line))
  const aboutMissing = (d: Diagnostic) => (d.rule === 'missing-section' || d.rule === 'outdated-section') && d.source !== undefined && missingLines.has(d.source.line)
  const missingFindings = (section: SectionSummary) => diagnostics.filter((d) => aboutMissing(d) && d.source?.line === section.line)
  const placed = diagnostics.filter((d) => !aboutMissing(d))
  const sourceIds = new Set(source.sections.map((section) => section.id))
  const changes = site.history(locale, page)?.changes
  const changeOf = (row: AlignedRow) => (row.source === undefined || !changes ? {} : {sourceChange: changes.sections[row.source]})
  const blocks: Block[] = []
  for (const row of orderSections(alignment, target.sections.length)) {
    // A scaffold `lockstep sync` inserted is the source section under a marker: shown as a fallback too.
    const scaffold = row.target !== undefined && row.source !== undefined && target.sections[row.target]!.scaffold === true
    if (row.target === undefined || scaffold) {
      const section = source.sections[row.source!]!
      const rendered = render(source, sourceParts, row.source!, site.sourceLocale)
      const shown = site.config.sectionFallback ? rendered : {...rendered, bodyHtml: '', nodes: [], sourceHref: `${pageHref(site.sourceLocale, site.sourceLocale, page)}#${section.id}`}
      const findings = row.target === undefined ? missingFindings(section) : findingsIn(placed, target, row.target)
      blocks.push({kind: 'fallback', id: section.id, aliases: [], lang: site.sourceLocale, findings, row, ...changeOf(row), ...shown})
      continue
    }
    const section = target.sections[row.target]!
    const findings = findingsIn(placed, target, row.target)
    const id = row.source === undefined ? (sourceIds.has(section.id) ? `extra-${section.id}` : section.id) : source.sections[row.source]!.id
    blocks.push({
      kind: row.source === undefined ? 'extra' : 'section',
      id: row.target === 0 && row.source === 0 ? '' : id,
      aliases: aliasesOf(section, id).filter((alias) => !sourceIds.has(alias)),
      lang: locale,
      findings,
      row,
      ...changeOf(row),
      ...render(target, targetParts, row.target, locale)
    })
  }
  return {locale, page, title: target.title ?? source.title ?? page, fallbackPage: false, orphan: false, blocks, file: target.file, anchors: blocks.map((block) => block.id).filter(Boolean)}
}

/** How to render one page's blocks: links into `locale`, text in `lang`, unknown shortcodes logged against `file`. */
function renderContext(site: Site, locale: string, lang: string, file: string): RenderContext {
  return {
    locale: lang,
    config: site.config,
    href: (url) => localHref(site, locale, url, file),
    onUnknown(name) {
      const files = unknownShortcodes.get(name) ?? new Set()
      files.add(file)
      unknownShortcodes.set(name, files)
    }
  }
}

/** Section `index` of a page as HTML. */
function renderPart(summary: PageSummary, parts: SectionNodes[], index: number, ctx: RenderContext) {
  const part = parts[index] ?? {nodes: []}
  return {
    headingHtml: part.heading ? renderHeadingContent(part.heading, ctx) : '',
    bodyHtml: renderNodes(part.nodes, ctx),
    level: summary.sections[index]?.level ?? 0,
    ...(part.heading ? {heading: part.heading} : {}),
    nodes: part.nodes,
    file: summary.file
  }
}

/** The findings placed in section `index` of a page (from its heading to the next one). */
function findingsIn(diagnostics: Diagnostic[], summary: PageSummary, index: number): Diagnostic[] {
  const section = summary.sections[index]!
  const next = summary.sections[index + 1]
  return diagnostics.filter((d) => d.line >= (index === 0 ? 0 : section.line) && (next === undefined || d.line < next.line))
}

/** A translated page with no source page: its own sections, under their own ids. */
async function composeOrphan(site: Site, target: PageSummary): Promise<ComposedPage> {
  const tree = await site.tree(target)
  const parts = tree ? splitSections(tree, target) : []
  const ctx = renderContext(site, target.locale, target.locale, target.file)
  const diagnostics = site.diagnostics(target.locale, target.page)
  const blocks: Block[] = target.sections.map((section, index) => ({
    kind: 'section',
    id: index === 0 ? '' : section.id,
    aliases: aliasesOf(section, section.id),
    lang: target.locale,
    findings: findingsIn(diagnostics, target, index),
    row: {target: index},
    ...renderPart(target, parts, index, ctx)
  }))
  return {locale: target.locale, page: target.page, title: target.title ?? target.page, fallbackPage: false, orphan: true, blocks, file: target.file, anchors: blocks.map((block) => block.id).filter(Boolean)}
}

function aliasesOf(section: SectionSummary, id: string): string[] {
  return [...new Set([section.slug, section.explicitId ?? ''])].filter((alias) => alias !== '' && alias !== id)
}
