import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {isUnifiedProcessor} from '@astrojs/markdown-remark'
import {isSatteriProcessor} from '@astrojs/markdown-satteri'
import type {StarlightPlugin} from '@astrojs/starlight/types'
import {findPages, loadConfig} from '../engine/index.ts'
import {uiStrings} from './i18n.ts'
import {lockstepIntegration} from './integration.ts'
import {loadSite, setSiteRoot, siteRoot, type Site} from './load-site.ts'
import {rehypeLocaleLabels} from './rehype-locale-labels.ts'
import {rehypeSanitizeContent} from './rehype-sanitize-content.ts'
import {remarkLockstep} from './remark-lockstep.ts'
import {satteriLocaleLabels} from './satteri-locale-labels.ts'
import {satteriLockstep} from './satteri-lockstep.ts'
import {starlightLang} from './starlight-lang.ts'

export {lockstepLoader} from './loader.ts'

/** Options of the Lockstep plugin for Starlight. */
export interface LockstepStarlightOptions {
  /** Folder with the Lockstep config (`lockstep.config.json`); `LOCKSTEP_ROOT`, else the working directory. */
  root?: string
  /**
   * Build the sidebar from the content (Hugo's `weight`, `linkTitle`, `_index` titles, in each
   * locale). Default: when the Starlight config has no `sidebar` of its own.
   */
  sidebar?: boolean
  /**
   * Sanitise each Markdown page's HTML (hast-util-sanitize, GitHub's schema, keeping Lockstep's ids
   * and classes). Off by default: like Hugo and Astro, the site trusts its content repository.
   */
  sanitize?: boolean
  /**
   * Show progress over time on `/status/`: the check run at the last commit of every month of the
   * git history, cached by commit in `.lockstep-cache/progress.json` (a rebuild checks only new
   * months). Default: true.
   */
  progress?: boolean
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/**
 * Lockstep's half of a multilingual Starlight site: every translated page composed from the check
 * (the source's ids on aligned headings, missing sections shown in the source language, outdated
 * markers), a language picker that keeps the section, `/status/` and the side-by-side view.
 *
 * ```js
 * starlight({title: 'Docs', plugins: [lockstep()]})
 * ```
 */
export default function lockstep(options: LockstepStarlightOptions = {}): StarlightPlugin {
  return {
    name: 'lockstep',
    hooks: {
      'i18n:setup'({injectTranslations}) {
        // The site's own words, under `lockstep.*`, so a site can override them in its i18n collection.
        injectTranslations(Object.fromEntries(Object.entries(uiStrings).map(([locale, table]) => [locale, Object.fromEntries(Object.entries(table).map(([key, value]) => [`lockstep.${key}`, value!]))])))
      },
      async 'config:setup'({config, updateConfig, addIntegration, addRouteMiddleware, astroConfig, logger, useTranslations}) {
        const root = path.resolve(options.root ?? siteRoot())
        setSiteRoot(root)
        // A Starlight project with no Lockstep config: its docs collection, source locale at the root.
        const configured = ['lockstep.config.ts', 'lockstep.config.mjs', 'lockstep.config.js', 'lockstep.config.json'].some((name) => fs.existsSync(path.join(root, name)))
        const site = await loadSite(root, configured ? undefined : {contentDir: path.relative(root, fileURLToPath(new URL('./content/docs/', astroConfig.srcDir))), layout: 'starlight'})
        const contentDir = path.resolve(site.cwd, site.config.contentDir)
        ;(globalThis as Record<symbol, unknown>)[Symbol.for('lockstep.sidebar')] = options.sidebar ?? config.sidebar === undefined
        ;(globalThis as Record<symbol, unknown>)[Symbol.for('lockstep.progress')] = options.progress ?? true
        updateConfig({
          ...(config.locales ? {} : {defaultLocale: 'root', locales: starlightLocales(site)}),
          ...(config.editLink?.baseUrl || !site.config.editUrl ? {} : {editLink: {baseUrl: site.config.editUrl}}),
          customCss: [...(config.customCss ?? []), here('./lockstep.css')],
          // A site's own overrides win (its MarkdownContent then shows Hugo's tab sets unstyled, each panel in turn).
          components: {LanguageSelect: here('./components/LanguageSelect.astro'), MarkdownContent: here('./components/MarkdownContent.astro'), ...config.components},
          markdown: {...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), contentDir]}
        })
        // Pages are composed on the Markdown tree by one step, through whichever processor the site
        // uses: a remark plugin for unified() (and MDX), a Sätteri plugin for Astro's default.
        const markdown = astroConfig.markdown as {processor: {name: string; options: {remarkPlugins: unknown[]; rehypePlugins: unknown[]; mdastPlugins: unknown[]}}}
        if (isSatteriProcessor(markdown.processor as never)) {
          const mdx = new Set<string>()
          markdown.processor.options.mdastPlugins.unshift(satteriLockstep({root, onMdx: (file) => mdx.add(file)}))
          ;(globalThis as Record<symbol, unknown>)[Symbol.for('lockstep.uncomposedMdx')] = mdx
        } else if (isUnifiedProcessor(markdown.processor)) {
          // First, so that Starlight's own transforms (asides, heading links) see the composed page.
          markdown.processor.options.remarkPlugins.unshift([remarkLockstep, {root}])
          // Before Starlight's rehype plugins, which add only trusted markup.
          if (options.sanitize) markdown.processor.options.rehypePlugins.unshift([rehypeSanitizeContent, {site}])
        } else logger.warn(`markdown.processor "${markdown.processor.name}" is neither unified() nor Sätteri: pages are not composed`)
        addRouteMiddleware({entrypoint: here('./route-middleware.ts'), order: 'post'})
        // The integration runs after Starlight's setup: its relabelling comes after Starlight's rehype plugins.
        addIntegration(lockstepIntegration({rehypePlugins: [[rehypeLocaleLabels, {site, useTranslations}]], hastPlugins: [satteriLocaleLabels({site, useTranslations})], contentDir}))
      }
    }
  }
}

/**
 * Starlight's `locales` for a Lockstep project: the source locale at the root, each translation in
 * its folder, with its name and direction. Give them to Starlight (`defaultLocale: 'root'`) rather
 * than leaving them to the plugin: Starlight loads its own translations (aside and anchor labels)
 * for the locales it is configured with, before plugins run.
 */
export async function lockstepLocales(root = siteRoot()) {
  // From the content folders alone: no check runs for this (a plain build uses it too).
  const {config, cwd} = await loadConfig({cwd: path.resolve(root)})
  const tree = await findPages({root: config.contentDir, cwd, sourceLocale: config.sourceLocale, layout: config.layout, ...(config.locales ? {locales: config.locales} : {}), ignores: config.ignores})
  return localesOf([tree.sourceLocale, ...tree.locales], tree.sourceLocale, (locale) => config.localeNames[locale] ?? locale)
}

function starlightLocales(site: Site) {
  return localesOf(site.locales, site.sourceLocale, (locale) => site.localeName(locale))
}

function localesOf(locales: string[], sourceLocale: string, name: (locale: string) => string): Record<string, {label: string; lang: string; dir: 'ltr' | 'rtl'}> {
  const entry = (locale: string) => {
    const lang = starlightLang(locale)
    return {label: name(locale), lang, dir: direction(lang)}
  }
  return Object.fromEntries(locales.map((locale) => [locale === sourceLocale ? 'root' : locale, entry(locale)]))
}

function direction(lang: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(lang) as Intl.Locale & {getTextInfo?: () => {direction: string}; textInfo?: {direction: string}}
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction
    if (direction) return direction === 'rtl' ? 'rtl' : 'ltr'
  } catch {}
  return ['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'].includes(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}
