import {alignSections} from '../align/align-sections.ts'
import type {Alignment} from '../align/types.ts'
import type {Config} from '../config/schema.ts'
import type {PageSelector} from '../report/filter-report.ts'
import type {PageSummary} from '../sections/types.ts'
import {languageCheck, type PairLanguage} from '../text/language-check.ts'
import type {IsSourceLanguage} from '../text/language-model.ts'
import {languageRules, runRules} from './index.ts'
import type {SiteLookups} from './types.ts'

/** What the early pair stage needs: the site's locales, the pages to check, and the language model once something loads it. */
export interface EarlyPairsOptions {
  config: Config
  sourceLocale: string
  /** Translation locales. */
  locales: readonly string[]
  only: PageSelector | undefined
  /** The model's loading, once it started (the stage waits for it, never starts it). */
  model: () => Promise<IsSourceLanguage> | undefined
  /** Give the alignments their reasons (`CheckOptions.explain`). */
  explain: boolean
}

/** The early pair stage as the check drives it: fed summaries as they are read, stopped when all are, then asked for what it made. */
export interface EarlyPairs {
  /** Take summaries as they are read; a pair is worth a head start only when one of its files was `parsed` on a parser thread (else its findings are likely cached, or no parsing is left to overlap). */
  add(summaries: readonly PageSummary[], parsed: boolean): void
  /** Every page is read: what is left is done by the rules' own run. */
  stop(): void
  /** The pair's alignment made early, if made from these very summaries. */
  alignment(id: string, source: PageSummary, target: PageSummary): Alignment | undefined
  /** The pair's language check with the verdicts found early (once: the memo goes with the page). */
  language(id: string, source: PageSummary | undefined, target: PageSummary | undefined): PairLanguage | undefined
}

/** The site as a pair's early run sees it: its two pages, no other (no anchors, titles or headings elsewhere). */
export const noOtherPages: SiteLookups = {
  anchorsOf: () => undefined,
  titleOf: () => undefined,
  headingsElsewhere: () => [],
  sourceFragment: (_locale, _url, fragment) => fragment,
  siblingOrder: () => undefined,
  sourceFrontmatterKeys: new Set()
}

/**
 * The part of a page pair's check that needs only its two files, done while the other pages are
 * still being parsed: as soon as a translation and its source are both read (and the language
 * model is loaded), align them and run the rules that ask the language check (`languageRules`)
 * once, to fill the pair's memo of language verdicts, the costliest part of its rules. Those
 * findings are dropped: the rules run again once every page is read (they also read other
 * pages), and then find the verdicts and the alignment made here. The other rules' findings would
 * be dropped as well, so they wait for that run (on Starlight's docs they cost the main thread
 * a second). Work on the main thread, which otherwise waits for the parser threads.
 */
export function earlyPairs({config, sourceLocale, locales, only, model, explain}: EarlyPairsOptions): EarlyPairs {
  const sources = new Map<string, PageSummary>()
  const targets = new Map<string, PageSummary>()
  const translated = new Set(locales)
  const queue: Array<{id: string; locale: string; page: string}> = []
  const done = new Map<string, {source: PageSummary; target: PageSummary; alignment: Alignment; language: PairLanguage}>()
  let stopped = false
  let draining = false
  const warm = (detector: IsSourceLanguage, {id, locale, page}: {id: string; locale: string; page: string}) => {
    const source = sources.get(page)
    const target = targets.get(id)
    if (!source || !target || done.has(id)) return
    if (only && !only({locale, page, files: [target.file, source.file]})) return
    const alignment = alignSections(source.sections, target.sections, {explain})
    const language = languageCheck(source, target, sourceLocale, locale, detector)
    done.set(id, {source, target, alignment, language})
    try {
      runRules({
        config,
        sourceLocale,
        locales: new Set([sourceLocale, ...locales]),
        locale,
        page,
        source,
        target,
        alignment,
        expectedFile: target.file,
        language: language.language,
        isSourcePage: false,
        ...noOtherPages
      }, languageRules)
    } catch {
      // Only a head start: the real run of the rules reports what went wrong.
    }
  }
  const drain = async () => {
    const loading = model()
    if (draining || !loading) return
    draining = true
    try {
      const detector = await loading
      // One pair per turn of the event loop, so the parser threads' batches are answered in between.
      while (!stopped && queue.length > 0) {
        warm(detector, queue.shift()!)
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch {
      // The model failed to load: the rules' own run says so.
    } finally {
      draining = false
    }
  }
  return {
    add(summaries, parsed) {
      if (stopped) return
      for (const summary of summaries) {
        if (summary.failed || summary.skipped !== undefined) continue
        if (summary.locale === sourceLocale) {
          sources.set(summary.page, summary)
          if (parsed) for (const locale of locales) if (targets.has(`${locale}/${summary.page}`)) queue.push({id: `${locale}/${summary.page}`, locale, page: summary.page})
        } else if (translated.has(summary.locale)) {
          const id = `${summary.locale}/${summary.page}`
          targets.set(id, summary)
          if (parsed && sources.has(summary.page)) queue.push({id, locale: summary.locale, page: summary.page})
        }
      }
      if (queue.length > 0) void drain()
    },
    stop() {
      stopped = true
      queue.length = 0
      sources.clear()
      targets.clear()
    },
    alignment(id, source, target) {
      const pair = done.get(id)
      return pair?.source === source && pair.target === target ? pair.alignment : undefined
    },
    language(id, source, target) {
      const pair = done.get(id)
      done.delete(id)
      return pair?.source === source && pair?.target === target ? pair?.language : undefined
    }
  }
}
