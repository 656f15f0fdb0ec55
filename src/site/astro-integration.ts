import type {AstroIntegration} from 'astro'
import type {UiStringsCoverage} from './check-ui-strings.ts'

/** Key under which the render step leaves the unknown shortcodes for the build log (one process, two module graphs). */
export const unknownKey = Symbol.for('lockstep.unknownShortcodes')
/** Key under which `loadSite` leaves the interface strings' completeness for the build log. */
export const uiStringsKey = Symbol.for('lockstep.uiStrings')

/** Lists, at the end of `astro build`, the shortcodes the site rendered as placeholders and the interface strings shown in English. */
export function reportBuild(): AstroIntegration {
  return {
    name: 'lockstep:build-report',
    hooks: {
      'astro:build:done'({logger}) {
        const store = globalThis as Record<symbol, unknown>
        const found = store[unknownKey] as Map<string, Set<string>> | undefined
        if (!found || found.size === 0) logger.info('every shortcode rendered')
        else for (const [name, files] of [...found].sort()) logger.warn(`unknown shortcode \`${name}\` shown as a placeholder in ${[...files].sort().join(', ')}`)
        const strings = (store[uiStringsKey] as UiStringsCoverage[] | undefined) ?? []
        const gaps = strings.filter((each) => each.missing.length > 0 || each.unknown.length > 0)
        if (gaps.length === 0) logger.info(`UI strings complete in ${strings.length} ${strings.length === 1 ? 'locale' : 'locales'}`)
        for (const each of gaps) logger.warn(uiStringsMessage(each))
      }
    }
  }
}

/** One line of the build log for a locale whose interface strings are incomplete. */
export function uiStringsMessage(each: UiStringsCoverage): string {
  const parts: string[] = []
  if (each.missing.length === each.total) parts.push(`no src/site/strings/${each.locale}.json: all ${each.total} UI strings shown in English`)
  else if (each.missing.length > 0) parts.push(`${each.missing.length} of ${each.total} UI strings missing, shown in English: ${each.missing.join(', ')}`)
  if (each.unknown.length > 0) parts.push(`unknown keys ${each.unknown.join(', ')}`)
  return `${each.locale}: ${parts.join('; ')}`
}
