import type {LanguageVerdict, RuleContext} from '../rules/types.ts'
import type {PageSummary} from '../sections/types.ts'
import {functionWords} from './function-words.ts'
import type {IsSourceLanguage} from './language-model.ts'
import {languageOfLocale} from './language-of-locale.ts'

/**
 * The language check for one page pair, memoised by text. Words that occur on both pages
 * (names, identifiers, terms kept in the source language) are not evidence either way.
 */
export function languageCheck(source: PageSummary | undefined, target: PageSummary | undefined, sourceLocale: string, locale: string, isSourceLanguage: IsSourceLanguage | undefined): RuleContext['language'] {
  if (!source || !target || !isSourceLanguage) return () => 'unknown'
  let names: Set<string> | undefined
  const cache = new Map<string, LanguageVerdict>()
  return (text, kind = 'prose') => {
    const key = `${kind}\u0000${text}`
    let verdict = cache.get(key)
    if (verdict === undefined) {
      // A heading or a link text is a few words: dropping shared names would leave nothing to judge.
      if (kind === 'prose') names ??= sharedNames(source, target, sourceLocale)
      verdict = isSourceLanguage(text, {source: sourceLocale, target: locale, names: kind === 'prose' ? names : undefined}).verdict
      cache.set(key, verdict)
    }
    return verdict
  }
}

/** Words on both pages, except the source language's function words (which prove untranslated text). */
function sharedNames(source: PageSummary, target: PageSummary, sourceLocale: string): Set<string> {
  const common = functionWords(languageOfLocale(sourceLocale)) ?? new Set<string>()
  const inSource = new Set<string>()
  for (const section of source.sections) for (const term of section.signature.terms) inSource.add(term)
  const shared = new Set<string>()
  for (const section of target.sections) for (const term of section.signature.terms) if (inSource.has(term) && !common.has(term)) shared.add(term)
  return shared
}
