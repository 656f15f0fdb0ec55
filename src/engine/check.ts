import {alignSections} from './align/align-sections.ts'
import type {Alignment} from './align/types.ts'
import type {Config} from './config/schema.ts'
import {expectedPath} from './content/expected-path.ts'
import {findPages, type PageFile} from './content/find-pages.ts'
import {summarizeFiles} from './content/summarize-files.ts'
import {buildReport} from './report/build-report.ts'
import type {Report} from './report/types.ts'
import {runRules} from './rules/index.ts'
import type {Diagnostic, LanguageVerdict, RuleContext} from './rules/types.ts'
import {pageUrlOf} from './sections/normalize-link.ts'
import type {PageSummary} from './sections/types.ts'
import {functionWords} from './text/function-words.ts'
import {languageOfLocale} from './text/language-of-locale.ts'
import {isSourceLanguage} from './text/is-source-language.ts'

/** Options of `check`. */
export interface CheckOptions {
  config: Config
  /** Folder the content path resolves from; paths in the report are relative to it. */
  cwd: string
  /** Content folder; defaults to `config.contentDir`. */
  contentDir?: string
  /** Only these translation locales. */
  locales?: string[]
  /** Reads summaries of pages (e.g. from a cache or workers); defaults to parsing in this thread. */
  summarize?: (files: PageFile[], locales: ReadonlySet<string>) => Promise<PageSummary[]>
  /** Keep the aligner's reasons for each pair in the report. */
  explain?: boolean
  /** Called as pages are read and checked. */
  onProgress?: (done: number, total: number) => void
}

/** The outcome of a check: the report, and the summaries and alignments behind it. */
export interface CheckResult {
  report: Report
  summaries: PageSummary[]
  /** Alignment of each translated page, by `locale/page`. */
  alignments: Map<string, Alignment>
}

/**
 * Check a content tree: read every page of every locale into sections, align each
 * translation to its source page, and run the drift rules.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const {config, cwd} = options
  const tree = await findPages({
    root: options.contentDir ?? config.contentDir,
    cwd,
    sourceLocale: config.sourceLocale,
    layout: config.layout,
    locales: options.locales ?? config.locales,
    ignores: config.ignores
  })
  const allLocales = new Set([tree.sourceLocale, ...tree.locales])
  const summaries = await (options.summarize ?? summarizeFiles({config, onProgress: options.onProgress}))(tree.files, allLocales)

  const bySource = new Map<string, PageSummary>()
  const byLocale = new Map<string, Map<string, PageSummary>>(tree.locales.map((locale) => [locale, new Map()]))
  for (const summary of summaries) {
    if (summary.locale === tree.sourceLocale) bySource.set(summary.page, summary)
    else byLocale.get(summary.locale)?.set(summary.page, summary)
  }
  const sourceFrontmatterKeys = new Set<string>()
  for (const summary of bySource.values()) for (const key of Object.keys(summary.frontmatter ?? {})) sourceFrontmatterKeys.add(key)

  const anchorIndex = new Map<string, Set<string>>()
  for (const summary of summaries) anchorIndex.set(`${summary.locale}\u0000${pageUrlOf(summary.page)}`, new Set(summary.anchors))
  const anchorsOf = (locale: string, url: string) => anchorIndex.get(`${locale}\u0000${url}`)

  const diagnostics: Diagnostic[] = tree.problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.ruleId === 'parse-error' ? 'error' : 'warning',
    locale: '',
    page: '',
    file: problem.file,
    line: 1,
    column: 1,
    message: problem.message,
    url: `${config.docsUrl}${problem.ruleId}.md`
  }))
  // Align every page first: a link's fragment into another translated page is compared through
  // that page's alignment (`#nebenbemerkungen` in German is `#asides` in English).
  const alignments = new Map<string, Alignment>()
  const sourceIds = new Map<string, string>()
  for (const locale of tree.locales) {
    for (const [page, target] of byLocale.get(locale)!) {
      const source = bySource.get(page)
      if (!source || source.failed || target.failed) continue
      const alignment = alignSections(source.sections, target.sections)
      alignments.set(`${locale}/${page}`, alignment)
      const url = pageUrlOf(page)
      for (const pair of alignment.pairs) {
        if (pair.source === 0) continue
        const from = source.sections[pair.source]!
        const to = target.sections[pair.target]!
        for (const id of [to.slug, to.explicitId]) if (id !== undefined && id !== '') sourceIds.set(`${locale}\u0000${url}#${id}`, from.id)
      }
    }
  }
  const sourceFragment = (locale: string, url: string, fragment: string) => sourceIds.get(`${locale}\u0000${url}#${fragment}`) ?? fragment
  const base = {config, sourceLocale: tree.sourceLocale, sourceFrontmatterKeys, anchorsOf, sourceFragment, locales: allLocales}

  for (const [page, summary] of bySource) {
    diagnostics.push(
      ...runRules({...base, locale: tree.sourceLocale, page, target: summary, expectedFile: summary.file, language: () => 'unknown', isSourcePage: true})
    )
  }

  for (const locale of tree.locales) {
    const pages = byLocale.get(locale)!
    const keys = [...new Set([...bySource.keys(), ...pages.keys()])].sort()
    for (const page of keys) {
      // Pages of this locale are in sorted order; the map lookup is cheap.
      const source = bySource.get(page)
      const target = pages.get(page)
      const alignment = alignments.get(`${locale}/${page}`)
      diagnostics.push(
        ...runRules({
          ...base,
          locale,
          page,
          source,
          target,
          alignment,
          expectedFile: source ? expectedPath(source.file, tree, locale) : '',
          language: languageCheck(source, target, tree.sourceLocale, locale),
          isSourcePage: false
        })
      )
    }
  }

  const report = buildReport({tree, bySource, byLocale, alignments, diagnostics, explain: options.explain})
  return {report, summaries, alignments}
}

/**
 * The language check for one page pair, memoised by text. Words that occur on both pages
 * (names, identifiers, terms kept in the source language) are not evidence either way.
 */
function languageCheck(source: PageSummary | undefined, target: PageSummary | undefined, sourceLocale: string, locale: string): RuleContext['language'] {
  if (!source || !target) return () => 'unknown'
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
