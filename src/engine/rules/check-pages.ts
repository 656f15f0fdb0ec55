import type {Alignment} from '../align/types.ts'
import type {PageResults} from '../cache/page-results.ts'
import type {Config} from '../config/schema.ts'
import {expectedPath} from '../content/expected-path.ts'
import type {ContentTree} from '../content/find-pages.ts'
import type {PageIndex} from '../content/index-pages.ts'
import type {PageHistory} from '../history/types.ts'
import type {PageSelector} from '../report/filter-report.ts'
import {languageCheck, ModelNeeded} from '../text/language-check.ts'
import type {IsSourceLanguage, LanguageModel} from '../text/language-model.ts'
import type {EarlyPairs} from './early-pairs.ts'
import {runRules} from './index.ts'
import type {Diagnostic} from './types.ts'

/** What the rules stage reads: every page and pair, as aligned and dated by the stages before it. */
export interface CheckPagesInput {
  config: Config
  /** Where translations belong (`expectedPath`). */
  tree: Pick<ContentTree, 'root' | 'layout' | 'sourceLocale'>
  /** Every locale of the site, source included. */
  locales: ReadonlySet<string>
  pages: PageIndex
  /** The pages whose rules run; the others' cached findings still count towards conventions. */
  only: PageSelector | undefined
  /** The alignments the rules see (with history), by `locale/page`. */
  alignments: ReadonlyMap<string, Alignment>
  /** The alignments from the two files alone, which the cache keeps. */
  fileAlignments: ReadonlyMap<string, Alignment>
  history: ReadonlyMap<string, PageHistory>
  results: PageResults
  model: LanguageModel
  /** Language verdicts found while the pages were parsed. */
  early: Pick<EarlyPairs, 'language'>
}

/** What the rules found, and the current cached findings of pages outside `only` (for the conventions stage). */
export interface CheckedPages {
  diagnostics: Diagnostic[]
  learnOnly: Diagnostic[]
}

/** Run the rules on every source page, then on every translated page of every locale (missing and orphan pages too), each answered from the cache when it can be. */
export async function checkPages(input: CheckPagesInput): Promise<CheckedPages> {
  const diagnostics = checkSourcePages(input)
  const translated = await checkTranslations(input)
  return {diagnostics: [...diagnostics, ...translated.diagnostics], learnOnly: translated.learnOnly}
}

/** The rules that apply to a source page on its own. */
function checkSourcePages({config, tree, locales, pages, only, results}: CheckPagesInput): Diagnostic[] {
  const {sourceLocale} = tree
  const diagnostics: Diagnostic[] = []
  for (const [page, summary] of pages.bySource) {
    const id = `${sourceLocale}/${page}`
    if (only && !only({locale: sourceLocale, page, files: [summary.file]})) {
      results.keep(id)
      continue
    }
    const found = results.check({id, source: undefined, target: summary, expectedFile: summary.file}, undefined, (lookups) => ({
      diagnostics: runRules({config, sourceLocale, locales, ...lookups, locale: sourceLocale, page, target: summary, expectedFile: summary.file, language: () => 'unknown', isSourcePage: true})
    }))
    diagnostics.push(...found)
  }
  return diagnostics
}

/** The rules of each translated page: locales in order, pages sorted, those a locale lacks included. */
async function checkTranslations({config, tree, locales, pages, only, alignments, fileAlignments, history, results, model, early}: CheckPagesInput): Promise<CheckedPages> {
  const {sourceLocale} = tree
  const diagnostics: Diagnostic[] = []
  const learnOnly: Diagnostic[] = []
  let detector: IsSourceLanguage | undefined
  for (const locale of pages.locales) {
    const translations = pages.byLocale.get(locale)!
    const keys = [...new Set([...pages.bySource.keys(), ...translations.keys()])].sort()
    for (const page of keys) {
      const id = `${locale}/${page}`
      const source = pages.bySource.get(page)
      const target = translations.get(page)
      const expectedFile = source ? expectedPath(source.file, tree, locale) : ''
      const inputs = {id, source, target, expectedFile}
      if (only && !only({locale, page, files: [target?.file ?? expectedFile, ...(source ? [source.file] : [])]})) {
        // Skipped, not gone: its cached results stay for the next full run, and still count
        // towards the site's conventions when they are current.
        results.keep(id)
        const cached = results.cached(inputs)
        if (cached) learnOnly.push(...cached)
        continue
      }
      const check = () =>
        results.check(inputs, fileAlignments.get(id), (lookups) => {
          const pair = early.language(id, source, target) ?? languageCheck(source, target, sourceLocale, locale, detector, results.verdicts(id))
          const found = runRules({config, sourceLocale, locales, ...lookups, locale, page, source, target, alignment: alignments.get(id), history: history.get(id), expectedFile, language: pair.language, isSourcePage: false})
          return {diagnostics: found, verdicts: pair.verdicts}
        })
      let found: Diagnostic[]
      try {
        found = check()
      } catch (error) {
        // A text the page's last check did not ask about: its rules run again with the model.
        if (!(error instanceof ModelNeeded) || detector) throw error
        detector = await model.load()
        found = check()
      }
      diagnostics.push(...found)
    }
  }
  return {diagnostics, learnOnly}
}
