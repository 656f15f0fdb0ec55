import type {ContentTree, PageFile} from './find-pages.ts'

/**
 * Whether pages about to be parsed will need the language model: a parsed page has no cached
 * findings, and a translated page's rules ask for language verdicts when it has both sides. So
 * the model is needed when a parsed file has a counterpart (a source page with a translation, a
 * translation with its source). Known before parsing, so the model can load while pages parse;
 * a page whose findings are stale for other reasons (another page's anchors) loads it later.
 */
export function needsLanguageModel(parsed: readonly PageFile[], tree: ContentTree): boolean {
  if (parsed.length === 0 || tree.locales.length === 0) return false
  const locales = new Set(tree.locales)
  const sources = new Set<string>()
  const translated = new Set<string>()
  for (const file of tree.files) {
    if (file.locale === tree.sourceLocale) sources.add(file.page)
    else if (locales.has(file.locale)) translated.add(file.page)
  }
  return parsed.some((file) => (file.locale === tree.sourceLocale ? translated.has(file.page) : locales.has(file.locale) && sources.has(file.page)))
}
