import {fileURLToPath} from 'node:url'
import type {AstroIntegration} from 'astro'
import {uiStringsMessage} from './astro-integration.ts'
import type {UiStringsCoverage} from './check-ui-strings.ts'
import {offsiteLinks} from './compose-page.ts'
import {renderLog} from './compose-tree.ts'
import {uiStringsKey} from './astro-integration.ts'

const route = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/**
 * The Astro half of the plugin: Lockstep's own pages, injected into the site (`/status/`,
 * `/translate/<locale>/<page>/`, `/rules/`, `/report.json`), and the build log: shortcodes shown
 * as placeholders, links made inert, links sent to the original site, incomplete UI strings.
 */
export function lockstepIntegration(options: {rehypePlugins: unknown[]}): AstroIntegration {
  return {
    name: 'lockstep',
    hooks: {
      'astro:config:setup'({config, injectRoute}) {
        const processor = config.markdown.processor as unknown as {options?: {rehypePlugins?: unknown[]}}
        processor.options?.rehypePlugins?.push(...options.rehypePlugins)
        injectRoute({pattern: '/status', entrypoint: route('./routes/status.astro')})
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
        for (const [url, files] of [...renderLog.inertLinks].sort()) logger.warn(`link to ${JSON.stringify(url)} not published (only http(s), mailto, relative and #fragment targets are) in ${list(files)}`)
        if (offsiteLinks.size > 0) logger.info(`${offsiteLinks.size} link ${offsiteLinks.size === 1 ? 'target' : 'targets'} not in the content, sent to the original site: ${[...offsiteLinks.keys()].sort().slice(0, 20).join(', ')}${offsiteLinks.size > 20 ? ', …' : ''}`)
        const strings = ((globalThis as Record<symbol, unknown>)[uiStringsKey] as UiStringsCoverage[] | undefined) ?? []
        const gaps = strings.filter((each) => each.missing.length > 0 || each.unknown.length > 0)
        if (gaps.length === 0) logger.info(`UI strings complete in ${strings.length} ${strings.length === 1 ? 'locale' : 'locales'}`)
        for (const each of gaps) logger.warn(uiStringsMessage(each))
      }
    }
  }
}
