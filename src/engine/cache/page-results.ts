import {createHash} from 'node:crypto'
import type {Alignment} from '../align/types.ts'
import type {PageHistory} from '../history/types.ts'
import type {Diagnostic, LanguageVerdict, SiteLookups} from '../rules/types.ts'
import type {PageSummary} from '../sections/types.ts'
import type {ResultCache} from './result-cache.ts'
import type {TrackedReads} from './tracked-reads.ts'

/** A page of the rules stage: its `locale/page`, its two files (either may be absent), and where the translation belongs. */
export interface PageInputs {
  id: string
  source: PageSummary | undefined
  target: PageSummary | undefined
  expectedFile: string
}

/** The result cache as the rules stage uses it: findings answered while their inputs are unchanged, new ones kept for next time. */
export interface PageResults {
  /** The page's cached findings, if made from the same inputs and reads that still give the same answers. */
  cached(page: PageInputs): Diagnostic[] | undefined
  /**
   * The page's findings: the cached ones, or those `run` finds reading other pages through the
   * lookups it is given (then kept with `alignment`, and the language verdicts its rules asked for).
   */
  check(page: PageInputs, alignment: Alignment | undefined, run: (lookups: SiteLookups) => {diagnostics: Diagnostic[]; verdicts?: () => Record<string, LanguageVerdict>}): Diagnostic[]
  /** The language verdicts the page's last check asked for (`languageCheck`'s `known`), whatever changed since. */
  verdicts(id: string): Readonly<Record<string, LanguageVerdict>> | undefined
  /** Keep the page's entry although its rules do not run (it is outside `only`). */
  keep(id: string): void
  /** Pages whose rules ran. */
  checked(): number
  /** Drop the entries of pages no longer seen, and write what changed. */
  save(): Promise<void>
}

/** The key of what a pair's findings are made from: the contents of its two files. */
function pairKey(source: PageSummary | undefined, target: PageSummary | undefined): string {
  return `${source?.hash ?? '-'}:${target?.hash ?? '-'}`
}

/** The key of a pair's alignment: its two files, and whether its pairs have their reasons (`explain`). */
function alignmentKey(source: PageSummary | undefined, target: PageSummary | undefined, explain: boolean): string {
  return explain ? `${pairKey(source, target)}:explained` : pairKey(source, target)
}

/** The pair's alignment from the cache, when it was made from these two files, with reasons if `explain`. */
export function cachedAlignment(cache: ResultCache, id: string, source: PageSummary, target: PageSummary, explain: boolean): Alignment | undefined {
  const cached = cache.entries.get(id)
  return cached?.alignmentKey === alignmentKey(source, target, explain) && cached.alignment ? cached.alignment : undefined
}

/** The rules stage's view of `cache`, for pages with this `history` whose reads of other pages go through `reads`; alignments with reasons if `explain`. */
export function pageResults(cache: ResultCache, history: ReadonlyMap<string, PageHistory>, reads: TrackedReads, explain: boolean): PageResults {
  const seen = new Set<string>()
  let checked = 0
  // Hashed: the key is kept for every page, and its parts are long (two content hashes, two paths, a history's hash).
  const diagnosticsKeyOf = ({id, source, target, expectedFile}: PageInputs) => sha1(`${pairKey(source, target)}:${source?.file ?? '-'}:${target?.file ?? expectedFile}:${historyKey(history.get(id))}`)
  const cached = (page: PageInputs) => {
    const entry = cache.entries.get(page.id)
    if (!entry || entry.diagnosticsKey !== diagnosticsKeyOf(page) || entry.readsKey !== reads.key(entry.reads)) return undefined
    return entry.diagnostics
  }
  return {
    cached,
    check(page, alignment, run) {
      seen.add(page.id)
      const found = cached(page)
      if (found) return found
      const read = new Set<string>()
      const {diagnostics, verdicts} = run(reads.track(read))
      checked++
      const sorted = [...read].sort()
      // The verdicts are made only for a cache that is written (`PairLanguage.verdicts`).
      const kept = verdicts && cache.writes ? verdicts() : {}
      const asked = Object.keys(kept).length > 0 ? {verdicts: kept} : {}
      cache.set(page.id, {alignmentKey: alignmentKey(page.source, page.target, explain), ...(alignment ? {alignment} : {}), diagnosticsKey: diagnosticsKeyOf(page), reads: sorted, readsKey: reads.key(sorted), diagnostics, ...asked})
      return diagnostics
    },
    verdicts: (id) => cache.verdicts(id),
    keep: (id) => void seen.add(id),
    checked: () => checked,
    async save() {
      cache.retain(seen)
      await cache.save()
    }
  }
}

/** What a page's history findings depend on besides the two files: all of its history but the text kept for diffs. */
function historyKey(history: PageHistory | undefined): string {
  if (!history) return '-'
  const {baseText, baseSummary, ...rest} = history
  return sha1(JSON.stringify(rest))
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}
