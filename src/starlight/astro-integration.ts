import type {UiStringsCoverage} from './check-ui-strings.ts'

/** Key under which the render step leaves the unknown shortcodes for the build log (one process, two module graphs). */
export const unknownKey = Symbol.for('lockstep.unknownShortcodes')
/** Key under which `loadSite` leaves the interface strings' completeness for the build log. */
export const uiStringsKey = Symbol.for('lockstep.uiStrings')

/** One line of the build log for a locale whose interface strings are incomplete. */
export function uiStringsMessage(each: UiStringsCoverage): string {
  const parts: string[] = []
  if (each.missing.length === each.total) parts.push(`no src/starlight/strings/${each.locale}.json: all ${each.total} UI strings shown in English`)
  else if (each.missing.length > 0) parts.push(`${each.missing.length} of ${each.total} UI strings missing, shown in English: ${each.missing.join(', ')}`)
  if (each.unknown.length > 0) parts.push(`unknown keys ${each.unknown.join(', ')}`)
  return `${each.locale}: ${parts.join('; ')}`
}
