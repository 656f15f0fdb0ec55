// Regional and script subtags never change which detector model applies (`pt-br` is scored as
// `pt`, `zh-tw` as `zh`); the few renames map legacy or macro-language codes onto the ISO 639-1
// codes eld knows.
const renames: Readonly<Record<string, string>> = {
  nb: 'no',
  nn: 'no',
  iw: 'he',
  in: 'id',
  ji: 'yi',
  fil: 'tl',
  zh: 'zh',
  cmn: 'zh',
  yue: 'zh'
}

// A check asks about the same few tags for every text it judges.
const languages = new Map<string, string>()

/** The bare language of a locale tag: `pt-BR` → `pt`, `zh-cn`/`zh_TW` → `zh`, `es-419` → `es`. */
export function languageOfLocale(tag: string): string {
  let language = languages.get(tag)
  if (language === undefined) {
    const primary = tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? ''
    language = renames[primary] ?? primary
    // Bounded: a caller cycling through made-up tags must not grow it forever.
    if (languages.size >= 256) languages.clear()
    languages.set(tag, language)
  }
  return language
}
