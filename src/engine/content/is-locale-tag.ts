const displayNames = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'})

/**
 * Whether a folder name is a language tag such as `es`, `pt-br` or `zh-cn`.
 *
 * Asks ICU for the language's display name: a tag it does not know comes back unchanged,
 * so folders like `api` or `faq` (syntactically valid tags) are not taken for locales.
 */
export function isLocaleTag(name: string): boolean {
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(name)) return false
  try {
    const tag = name.replace('_', '-')
    const display = displayNames.of(tag)
    return display !== undefined && display.toLowerCase() !== tag.toLowerCase()
  } catch {
    return false
  }
}
