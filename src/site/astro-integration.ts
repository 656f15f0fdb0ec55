import type {AstroIntegration} from 'astro'

/** Key under which the render step leaves the unknown shortcodes for the build log (one process, two module graphs). */
export const unknownKey = Symbol.for('lockstep.unknownShortcodes')

/** Lists, at the end of `astro build`, the shortcodes the site rendered as placeholders. */
export function reportUnknownShortcodes(): AstroIntegration {
  return {
    name: 'lockstep:unknown-shortcodes',
    hooks: {
      'astro:build:done'({logger}) {
        const found = (globalThis as Record<symbol, Map<string, Set<string>> | undefined>)[unknownKey]
        if (!found || found.size === 0) {
          logger.info('every shortcode rendered')
          return
        }
        for (const [name, files] of [...found].sort()) logger.warn(`unknown shortcode \`${name}\` shown as a placeholder in ${[...files].sort().join(', ')}`)
      }
    }
  }
}
