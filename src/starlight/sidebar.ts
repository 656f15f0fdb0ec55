import type {StarlightRouteData} from '@astrojs/starlight/route-data'
import type {Site} from './load-site.ts'
import {pageHref, pageRoute} from './page-route.ts'
import {publishedHref} from './site-nav.ts'

/** One entry of Starlight's sidebar. */
export type SidebarEntry = StarlightRouteData['sidebar'][number]

interface Folder {
  name: string
  /** The folder's `_index` page, if any. */
  index?: string
  pages: string[]
  folders: Map<string, Folder>
}

/** A sidebar entry before it knows the current page: the same for every page of a locale. */
type Layout = {type: 'link'; label: string; href: string} | {type: 'group'; label: string; entries: Layout[]}

// One layout per site and locale: every page of a build asks for its locale's sidebar.
const layouts = new WeakMap<Site, Map<string, Layout[]>>()

/**
 * The sidebar of one locale, as Hugo orders it: every published source page (and the locale's
 * pages with no source), labelled with the locale's `linkTitle` or title (the source's when the
 * page is not translated), sorted by `weight` then label; a folder is a group titled by its
 * `_index` page, which opens it. The group holding the current page is expanded.
 */
export function buildSidebar(site: Site, locale: string, currentPath: string): SidebarEntry[] {
  let byLocale = layouts.get(site)
  if (!byLocale) layouts.set(site, (byLocale = new Map()))
  let layout = byLocale.get(locale)
  if (!layout) byLocale.set(locale, (layout = layoutOf(site, locale)))
  const current = currentPath.endsWith('/') ? currentPath : `${currentPath}/`
  const contains = (entries: SidebarEntry[]): boolean => entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : contains(entry.entries)))
  const place = (entries: Layout[]): SidebarEntry[] =>
    entries.map((entry) => {
      if (entry.type === 'link') return {type: 'link', label: entry.label, href: entry.href, isCurrent: entry.href === current, badge: undefined, attrs: {}}
      const placed = place(entry.entries)
      return {type: 'group', label: entry.label, entries: placed, collapsed: !contains(placed), badge: undefined}
    })
  return place(layout)
}

function layoutOf(site: Site, locale: string): Layout[] {
  const root: Folder = {name: '', pages: [], folders: new Map()}
  const summaryOf = (page: string) => site.summary(locale, page) ?? site.summary(site.sourceLocale, page)
  for (const page of [...site.pages, ...(site.orphans.get(locale) ?? [])]) {
    const route = pageRoute(page)
    // A `404` page is Starlight's not-found page (`/404.html`), not a page of the docs; a draft
    // (`draft: true`, in the locale or in the source it falls back to) is not published.
    if (route === undefined || publishedHref(site, locale, page) === undefined) continue
    const isIndex = route !== page
    const parts = route === '' ? [] : route.split('/')
    const folderParts = isIndex ? parts : parts.slice(0, -1)
    let folder = root
    for (const part of folderParts) {
      let next = folder.folders.get(part)
      if (!next) folder.folders.set(part, (next = {name: part, pages: [], folders: new Map()}))
      folder = next
    }
    if (isIndex) folder.index = page
    else folder.pages.push(page)
  }
  const labelOf = (page: string) => {
    const summary = summaryOf(page)
    const linkTitle = summary?.frontmatter?.linkTitle
    return typeof linkTitle === 'string' && linkTitle.trim() ? linkTitle : (summary?.title ?? page.split('/').at(-1) ?? page)
  }
  const weightOf = (page: string | undefined) => {
    const weight = page ? summaryOf(page)?.frontmatter?.weight : undefined
    return typeof weight === 'number' ? weight : Number.POSITIVE_INFINITY
  }
  const link = (page: string): Layout => ({type: 'link', label: labelOf(page), href: pageHref(site.sourceLocale, locale, page)})
  const build = (folder: Folder): Layout[] => {
    const items: Array<{weight: number; label: string; entry: Layout}> = []
    for (const page of folder.pages) items.push({weight: weightOf(page), label: labelOf(page), entry: link(page)})
    for (const child of folder.folders.values()) {
      const entries = [...(child.index ? [link(child.index)] : []), ...build(child)]
      const label = child.index ? labelOf(child.index) : child.name.replace(/[-_]/g, ' ').replace(/^./, (first) => first.toUpperCase())
      items.push({weight: weightOf(child.index), label, entry: {type: 'group', label, entries}})
    }
    items.sort((a, b) => a.weight - b.weight || a.label.localeCompare(b.label, locale))
    return items.map((item) => item.entry)
  }
  const entries = build(root)
  return root.index ? [link(root.index), ...entries] : entries
}

/** Previous and next links of a page in its sidebar's reading order. */
export function paginationOf(entries: SidebarEntry[]): StarlightRouteData['pagination'] {
  type Link = Extract<SidebarEntry, {type: 'link'}>
  const links: Link[] = []
  const walk = (list: SidebarEntry[]) => list.forEach((entry) => (entry.type === 'link' ? links.push(entry) : walk(entry.entries)))
  walk(entries)
  const index = links.findIndex((entry) => entry.isCurrent)
  return {prev: index > 0 ? links[index - 1] : undefined, next: index >= 0 ? links[index + 1] : undefined}
}
