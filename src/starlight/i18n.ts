import en from './strings/en.json' with {type: 'json'}
import es from './strings/es.json' with {type: 'json'}
import it from './strings/it.json' with {type: 'json'}
import pt from './strings/pt.json' with {type: 'json'}
import ru from './strings/ru.json' with {type: 'json'}
import zhCn from './strings/zh-cn.json' with {type: 'json'}

/** A key of the interface strings (the keys of `strings/en.json`). */
export type UiKey = keyof typeof en

/** Every interface string key, in the order of `strings/en.json`. */
export const uiKeys = Object.keys(en) as UiKey[]

/**
 * The site's own words by locale: data files in `src/starlight/strings/<locale>.json` that translators
 * edit like content. English is the reference and the fallback; a file may lack keys.
 */
export const uiStrings: Record<string, Partial<Record<UiKey, string>>> = {en, es, it, pt, ru, 'zh-cn': zhCn}

/** One interface string and the language it is really in. */
export interface UiText {
  text: string
  /** `en` when the locale lacks the key and the English string stands in. */
  lang: string
  fallback: boolean
}

/** The interface string `key` in `locale`, `{name}` placeholders filled; English, marked as such, when the locale has none. */
export function ui(locale: string, key: UiKey, values: Record<string, string | number> = {}): UiText {
  const value = uiStrings[locale]?.[key]
  const own = value !== undefined && value.trim() !== '' ? value : undefined
  // A key the reference lacks (a heading key like `synopsis`) comes back as itself.
  const text = (own ?? (en[key] as string | undefined) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
  return own === undefined ? {text, lang: 'en', fallback: locale !== 'en'} : {text, lang: locale, fallback: false}
}

/** The interface string `key` in `locale` as plain text (for attributes); English when the locale has none. */
export function t(locale: string, key: UiKey, values?: Record<string, string | number>): string {
  return ui(locale, key, values).text
}
