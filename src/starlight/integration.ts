import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {uiStringsMessage} from './astro-integration.ts'
import type {UiStringsCoverage} from './check-ui-strings.ts'
import {offsiteLinks} from './compose-page.ts'
import {renderLog} from './compose-tree.ts'
import {uiStringsKey} from './astro-integration.ts'
import {contentImports} from './vite-content-imports.ts'

const route = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/**
 * The Astro half of the plugin: Lockstep's own pages, injected into the site (`/status/`,
 * `/translate/<locale>/<page>/`, `/rules/`, `/report.json`), and the build log: shortcodes shown
 * as placeholders, links made inert, links sent to the original site, incomplete UI strings.
 */
export function lockstepIntegration(options: {rehypePlugins: unknown[]; hastPlugins: unknown[]; contentDir: string}): AstroIntegration {
  return {
    name: 'lockstep',
    hooks: {
      'astro:config:setup'({config, injectRoute, updateConfig}) {
        // Packages imported by content outside the site's folder resolve from the site.
        updateConfig({vite: {plugins: [contentImports({contentDir: options.contentDir, siteRoot: fileURLToPath(config.root)}) as never]}})
        // After Starlight's own plugins, in whichever processor the site uses.
        const processor = config.markdown.processor as unknown as {options?: {rehypePlugins?: unknown[]; hastPlugins?: unknown[]}}
        processor.options?.rehypePlugins?.push(...options.rehypePlugins)
        processor.options?.hastPlugins?.push(...options.hastPlugins)
        injectRoute({pattern: '/status', entrypoint: route('./routes/status.astro')})
        injectRoute({pattern: '/status/[locale].json', entrypoint: route('./routes/status-badge.json.ts')})
        injectRoute({pattern: '/status/[locale]/status.json', entrypoint: route('./routes/status-full.json.ts')})
        injectRoute({pattern: '/translate/[locale]/[...page]', entrypoint: route('./routes/translate.astro')})
        injectRoute({pattern: '/rules', entrypoint: route('./routes/rules.astro')})
        injectRoute({pattern: '/rules/[id]', entrypoint: route('./routes/rule.astro')})
        injectRoute({pattern: '/report.json', entrypoint: route('./routes/report.json.ts')})
      },
      'astro:build:done'({logger}) {
        const list = (files: Set<string>) => [...files].sort().join(', ')
        const unknown = renderLog.unknownShortcodes
        if (unknown.size === 0) logger.info('every shortcode rendered')
        else for (const [name, files] of [...unknown].sort()) logger.warn(`unknown shortcode \`${name}\` shown as a placeholder in ${list(files)}`)
        for (const [name, files] of [...(renderLog.missingComponents ?? [])].sort()) logger.warn(`component <${name}> not in the content (its import names no file the site has) shown as a placeholder in ${list(files)}`)
        for (const [url, files] of [...renderLog.inertLinks].sort()) logger.warn(`link to ${JSON.stringify(url)} not published (only http(s), mailto, relative and #fragment targets are) in ${list(files)}`)
        if (offsiteLinks.size > 0) logger.info(`${offsiteLinks.size} link ${offsiteLinks.size === 1 ? 'target' : 'targets'} not in the content, sent to the original site: ${[...offsiteLinks.keys()].sort().slice(0, 20).join(', ')}${offsiteLinks.size > 20 ? ', …' : ''}`)
        const mdx = (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('lockstep.uncomposedMdx')]
        if (mdx && mdx.size > 0) logger.warn(`${mdx.size} MDX ${mdx.size === 1 ? 'page' : 'pages'} shown as written, not composed (Sätteri runs no remark plugins on MDX; set markdown.processor to unified() to compose them): ${list(mdx)}`)
        const strings = ((globalThis as Record<symbol, unknown>)[uiStringsKey] as UiStringsCoverage[] | undefined) ?? []
        const gaps = strings.filter((each) => each.missing.length > 0 || each.unknown.length > 0)
        if (gaps.length === 0) logger.info(`UI strings complete in ${strings.length} ${strings.length === 1 ? 'locale' : 'locales'}`)
        for (const each of gaps) logger.warn(uiStringsMessage(each))
      }
    }
  }
}
