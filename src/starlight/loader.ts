import fs from 'node:fs'
import path from 'node:path'
import type {Loader, LoaderContext} from 'astro/loaders'
import {glob} from 'astro/loaders'
import {formatJson, loadConfig, version} from '../engine/index.ts'
import {loadSite, siteRoot, type Site} from './load-site.ts'
import {homePage} from './home-page.ts'
import {importable} from './mdx-components.ts'
import {entryId} from './page-route.ts'

/**
 * Starlight's `docs` collection from Lockstep's content folder (Hugo's `content/<locale>/…` or a
 * Starlight tree), for `src/content.config.ts`:
 *
 * ```ts
 * export const collections = {docs: defineCollection({loader: lockstepLoader(), schema: docsSchema()})}
 * ```
 *
 * `_index.md` is its folder's page; other files whose names start with `_` are not pages. A page
 * with no `title` takes the one the check found (its H1, which the composed page drops); Hugo's
 * `linkTitle` and `weight` become the sidebar's label and order. Cached entries are keyed on the
 * check's report too, so a page re-renders when the analysis changes even if its bytes do not.
 */
export function lockstepLoader(options: {root?: string} = {}): Loader {
  return {
    name: 'lockstep-loader',
    async load(context: LoaderContext) {
      const site = await loadSite(options.root ?? siteRoot())
      const contentDir = path.resolve(site.cwd, site.config.contentDir)
      const analysis = context.generateDigest(version + formatJson(site.report))
      const inner = glob({
        base: contentDir,
        pattern: '**/*.{md,mdx}',
        generateId: ({entry}) => idOf(site, path.join(contentDir, entry)) ?? `_unpublished/${entry}`
      })
      await inner.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? data + analysis : {...data, analysis}),
        parseData: ((props: Parameters<LoaderContext['parseData']>[0]) => context.parseData({...props, data: pageData(site, props.filePath, props.data)})) as LoaderContext['parseData']
      })
      // Files that are not pages (`_TEMPLATE.md`, files the check ignores) leave the collection.
      for (const id of context.store.keys()) if (id.startsWith('_unpublished/')) context.store.delete(id)
      // Every locale gets a home page: the content's `_index`, or a list of its pages.
      for (const locale of site.locales) {
        const id = entryId(site.sourceLocale, locale, '_index')!
        if (context.store.has(id)) continue
        const home = homePage(site, locale)
        const data = await context.parseData({id, data: {title: home.title, editUrl: false, template: 'splash'}})
        // Starlight reads every entry's file path; this one names the `_index.md` that would replace it.
        const filePath = path.relative(site.cwd, path.join(contentDir, locale === site.sourceLocale && !hugo(site) ? '' : locale, '_index.md')).split(path.sep).join('/')
        context.store.set({id, data, filePath, digest: context.generateDigest(home.html), rendered: {html: home.html, metadata: {headings: []}}})
      }
    }
  }
}

/** Whether the source locale has its own folder (Hugo) rather than the content root (Starlight). */
function hugo(site: Site): boolean {
  const summary = site.summary(site.sourceLocale, site.pages[0] ?? '')
  return summary ? summary.file.includes(`/${site.sourceLocale}/`) || summary.file.startsWith(`${site.sourceLocale}/`) : true
}

function idOf(site: Site, file: string): string | undefined {
  const summary = site.byFile(file)
  return summary ? entryId(site.sourceLocale, summary.locale, summary.page) : undefined
}

/** A page's front matter for Starlight's schema: its title, Hugo's `linkTitle` and `weight`. */
function pageData(site: Site, file: string | undefined, data: Record<string, unknown>): Record<string, unknown> {
  const summary = file ? site.byFile(file) : undefined
  const out: Record<string, unknown> = {...data}
  // YAML's empty value (`draft:`, as on the glossary's bn/policy-as-code) means unset; Starlight's schema rejects null.
  for (const [key, value] of Object.entries(out)) if (value === null) delete out[key]
  if (typeof out.title !== 'string' || out.title === '') out.title = summary?.title ?? summary?.page.split('/').at(-1) ?? 'Untitled'
  const sidebar = typeof data.sidebar === 'object' && data.sidebar !== null ? {...(data.sidebar as object)} : {}
  if (typeof data.linkTitle === 'string' && !('label' in sidebar)) Object.assign(sidebar, {label: data.linkTitle})
  if (typeof data.weight === 'number' && !('order' in sidebar)) Object.assign(sidebar, {order: data.weight})
  out.sidebar = sidebar
  // Hugo keys Starlight's schema reads differently or not at all.
  for (const key of ['description']) if (out[key] !== undefined && typeof out[key] !== 'string') delete out[key]
  return file ? readable(out, file) : out
}

/** Front matter Starlight's schema takes: empty values and missing hero images left out. */
function readable(data: Record<string, unknown>, file: string): Record<string, unknown> {
  // An empty YAML value (`draft:`) is null, which Starlight's optional fields do not take: as if absent.
  const out = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null))
  return withoutMissingImages(out, file)
}

/**
 * Front matter without a hero image whose file the project does not have (the Starlight docs'
 * `~/assets/hero-star.webp` lives outside the content folder): Astro's `image()` fails the whole
 * build on it, and the hero reads as well without its picture.
 */
function withoutMissingImages(data: Record<string, unknown>, file: string): Record<string, unknown> {
  const hero = data.hero as {image?: Record<string, unknown>} | undefined
  const image = hero?.image
  if (!image || typeof image !== 'object') return data
  const paths = ['file', 'dark', 'light'].map((key) => image[key]).filter((value): value is string => typeof value === 'string')
  const found = (spec: string) => /^[a-z][a-z\d+.-]*:/i.test(spec) || importable(/^(\.{1,2}\/|\/|[~@]\/)/.test(spec) ? spec : `./${spec}`, file)
  if (paths.every(found)) return data
  const {image: _dropped, ...rest} = hero!
  return {...data, hero: rest}
}

/**
 * The same content as a plain Starlight collection, without Lockstep (no check, no composition):
 * the baseline `npm run bench` times the plugin's site against. Ids and titles the way
 * `lockstepLoader` gives them, from the file names and H1s alone.
 */
export function plainLoader(options: {root?: string} = {}): Loader {
  return {
    name: 'lockstep-plain-loader',
    async load(context: LoaderContext) {
      const {config, cwd} = await loadConfig({cwd: options.root ?? siteRoot()})
      const contentDir = path.resolve(cwd, config.contentDir)
      const hugo = fs.existsSync(path.join(contentDir, config.sourceLocale))
      const id = (entry: string) => {
        const parts = entry.replace(/\.mdx?$/, '').split('/')
        if (hugo && parts[0] === config.sourceLocale) parts.shift()
        if (parts.at(-1) === '_index' || parts.at(-1) === 'index') parts.pop()
        return parts.join('/') || 'index'
      }
      await glob({base: contentDir, pattern: ['**/*.{md,mdx}', '!**/_[!i]*', '!**/_i[!n]*'], generateId: ({entry}) => id(entry)}).load({
        ...context,
        parseData: ((props: Parameters<LoaderContext['parseData']>[0]) => {
          const data = {...props.data}
          if (typeof data.title !== 'string' || !data.title) {
            const text = props.filePath ? fs.readFileSync(props.filePath, 'utf8') : ''
            data.title = /^#\s+(.+)$/m.exec(text)?.[1] ?? path.basename(props.filePath ?? 'Untitled')
          }
          return context.parseData({...props, data: props.filePath ? readable(data, path.resolve(props.filePath)) : data})
        }) as LoaderContext['parseData']
      })
    }
  }
}
