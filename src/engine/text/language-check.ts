import {createHash} from 'node:crypto'
import type {LanguageVerdict, RuleContext} from '../rules/types.ts'
import type {PageSummary} from '../sections/types.ts'
import {functionWords} from './function-words.ts'
import type {IsSourceLanguage} from './language-model.ts'
import {languageOfLocale} from './language-of-locale.ts'

/** The language check of one page pair, and every verdict it gave. */
export interface PairLanguage {
  language: RuleContext['language']
  /**
   * Every verdict given, by `verdictKey`: kept with the page's findings for its next check. Made
   * when asked (hashing every text asked about cost a Starlight check a third of a second on the
   * main thread), so a check that writes no cache never makes them.
   */
  verdicts(): Record<string, LanguageVerdict>
}

/** Thrown by a pair's language check asked about a text it has no verdict for while the model is not loaded. */
export class ModelNeeded extends Error {
  constructor() {
    super('The language model is needed')
  }
}

type Kind = 'heading' | 'link' | 'prose'

/**
 * The language check for one page pair, memoised by text. Words that occur on both pages
 * (names, identifiers, terms kept in the source language) are not evidence either way.
 *
 * A verdict the page's last check gave (`known`) is taken as it is: a page whose source was edited
 * asks again about its translation's unchanged text, and its answer depends on nothing else but
 * the names that text contains (the key holds them). Without `isSourceLanguage`, a text with no
 * known verdict throws `ModelNeeded`: the caller loads the model and runs the page's rules again,
 * so a check that only re-asks old questions never loads it.
 */
export function languageCheck(source: PageSummary | undefined, target: PageSummary | undefined, sourceLocale: string, locale: string, isSourceLanguage: IsSourceLanguage | undefined, known: Readonly<Record<string, LanguageVerdict>> = {}): PairLanguage {
  if (!source || !target) return {language: () => 'unknown', verdicts: () => ({})}
  let names: Set<string> | undefined
  let nameParts: string[] | undefined
  const partsFor = (kind: Kind) => {
    if (kind !== 'prose') return []
    names ??= sharedNames(source, target, sourceLocale)
    return (nameParts ??= partsOf(names))
  }
  const remembers = Object.keys(known).length > 0
  // Per kind, by text: the texts are the summaries' own strings, whose hashes the map keeps.
  const memo = {prose: new Map<string, LanguageVerdict>(), heading: new Map<string, LanguageVerdict>(), link: new Map<string, LanguageVerdict>()}
  const asked: Array<{text: string; kind: Kind; verdict: LanguageVerdict; key?: string}> = []
  const language: RuleContext['language'] = (text, kind = 'prose') => {
    let verdict = memo[kind].get(text)
    if (verdict !== undefined) return verdict
    const key = remembers ? verdictKey(text, kind, partsFor(kind)) : undefined
    if (key !== undefined && Object.hasOwn(known, key)) verdict = known[key]!
    if (verdict === undefined) {
      if (!isSourceLanguage) throw new ModelNeeded()
      // A heading or a link text is a few words: dropping shared names would leave nothing to judge.
      if (kind === 'prose') names ??= sharedNames(source, target, sourceLocale)
      verdict = isSourceLanguage(text, {source: sourceLocale, target: locale, names: kind === 'prose' ? names : undefined}).verdict
    }
    memo[kind].set(text, verdict)
    asked.push({text, kind, verdict, ...(key === undefined ? {} : {key})})
    return verdict
  }
  const verdicts = () => {
    const found: Record<string, LanguageVerdict> = {}
    for (const {text, kind, verdict, key} of asked) found[key ?? verdictKey(text, kind, partsFor(kind))] = verdict
    return found
  }
  return {language, verdicts}
}

/**
 * What a verdict depends on, as a hash: the text, its kind, and the shared names found in it. A
 * name counts when it occurs in the text at all (a superset of the words the check drops as
 * names), so two checks with the same key drop the same words and give the same verdict.
 */
function verdictKey(text: string, kind: string, nameParts: readonly string[]): string {
  // As the check compares words: lowercased, with typographic apostrophes plain.
  const lower = text.toLowerCase().replaceAll('’', "'")
  const hash = createHash('sha1').update(kind).update('\u0000').update(text)
  for (const part of nameParts) if (lower.includes(part)) hash.update('\u0000').update(part)
  return hash.digest('base64url')
}

/** The names as the check matches them (`proseOf`): lowercased words, sorted, each once. */
function partsOf(names: ReadonlySet<string>): string[] {
  const parts = new Set<string>()
  for (const name of names) for (const part of name.toLowerCase().split(/\s+/u)) if (part) parts.add(part)
  return [...parts].sort()
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
