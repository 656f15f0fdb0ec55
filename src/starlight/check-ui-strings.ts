/** How complete one locale's interface strings are. */
export interface UiStringsCoverage {
  locale: string
  /** Keys of the reference (English) table. */
  total: number
  /** Reference keys the locale lacks (shown in English). */
  missing: string[]
  /** Keys the locale has that the reference does not (typos, leftovers). */
  unknown: string[]
  coverage: number
}

/**
 * Check the interface strings like a translated page: every locale of the content must have
 * every key of the reference table. A locale with no table at all has every key missing.
 */
export function checkUiStrings(tables: Record<string, Record<string, string | undefined>>, locales: readonly string[], reference = 'en'): UiStringsCoverage[] {
  const keys = Object.keys(tables[reference] ?? {})
  return locales
    .filter((locale) => locale !== reference)
    .map((locale) => {
      const table = tables[locale] ?? {}
      const missing = keys.filter((key) => typeof table[key] !== 'string' || table[key].trim() === '')
      const unknown = Object.keys(table).filter((key) => !keys.includes(key))
      return {locale, total: keys.length, missing, unknown, coverage: keys.length === 0 ? 1 : (keys.length - missing.length) / keys.length}
    })
}
