import type {Alignment} from '../align/types.ts'
import type {PageHistory} from '../history/types.ts'
import type {Diagnostic} from '../rules/types.ts'
import type {PageSummary} from '../sections/types.ts'
import {isApplied, learnConventions} from './learn-conventions.ts'
import {seenAtBase} from './seen-at-base.ts'
import type {Convention, ConventionCandidate, ConventionPages, ConventionSettings} from './types.ts'

/** What the conventions stage reads: every page's findings (cached or not), and the pages behind them. */
export interface FindConventionsInput {
  /** The findings of the pages this run reports. */
  diagnostics: Diagnostic[]
  /** Findings of pages this run does not report (skipped by a selector) that still count. */
  alsoCounted?: Diagnostic[]
  /** Source pages by page key. */
  bySource: ReadonlyMap<string, PageSummary>
  /** Alignments by `locale/page`: the translated pages that have a source. */
  alignments: ReadonlyMap<string, Alignment>
  history: ReadonlyMap<string, PageHistory>
  settings: ConventionSettings
}

/**
 * The conventions stage, after every page's rules: learn the site's conventions from the
 * differences the findings name, and drop the findings of those that apply (and every finding's
 * `difference`, which is the stage's data, not the report's).
 */
export function findConventions(input: FindConventionsInput): {conventions: Convention[]; diagnostics: Diagnostic[]} {
  const candidates: ConventionCandidate[] = []
  for (const diagnostic of [...input.diagnostics, ...(input.alsoCounted ?? [])]) {
    const difference = diagnostic.difference
    if (!difference) continue
    const seen = seenAtBase(difference, diagnostic.source?.line, input.bySource.get(diagnostic.page), input.history.get(`${diagnostic.locale}/${diagnostic.page}`))
    candidates.push({rule: diagnostic.rule, key: difference.key, side: difference.side, locale: diagnostic.locale, page: diagnostic.page, seen, ...(difference.feature === undefined ? {} : {feature: difference.feature})})
  }
  const features = new Set(candidates.flatMap((candidate) => candidate.feature ?? []))
  const conventions = learnConventions(candidates, input.settings, conventionPages(input.alignments, input.bySource, features))
  const applied = new Set(conventions.filter(isApplied).map((convention) => convention.id))
  const diagnostics = input.diagnostics.flatMap(({difference, ...diagnostic}) => (difference && applied.has(`${diagnostic.rule}: ${difference.key}`) ? [] : [diagnostic]))
  return {conventions, diagnostics}
}

/** The translated pages, and which of them have a source with each feature some finding names. */
function conventionPages(alignments: ReadonlyMap<string, Alignment>, bySource: ReadonlyMap<string, PageSummary>, features: ReadonlySet<string>): ConventionPages {
  const withFeature = new Map<string, Set<string>>()
  const tokensOf = new Map<string, string[]>()
  for (const id of alignments.keys()) {
    // A page key may contain slashes, a locale never does.
    const page = id.slice(id.indexOf('/') + 1)
    const source = bySource.get(page)
    if (!source) continue
    let tokens = tokensOf.get(page)
    if (!tokens) tokensOf.set(page, (tokens = source.features.filter((token) => features.has(token))))
    for (const token of tokens) {
      let pages = withFeature.get(token)
      if (!pages) withFeature.set(token, (pages = new Set()))
      pages.add(id)
    }
  }
  return {translated: alignments.size, withFeature: (feature) => withFeature.get(feature) ?? new Set()}
}
