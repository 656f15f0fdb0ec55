import type {Config} from '../config/schema.ts'
import {hashBytes} from '../content/hash-bytes.ts'
import {measureNesting} from '../parse/measure-nesting.ts'
import {parsePage} from '../parse/parse-page.ts'
import {buildSections} from './build-sections.ts'
import {pageFeatureTokens} from './feature-token.ts'
import {pageUrlOf} from './normalize-link.ts'
import type {PageSummary} from './types.ts'

/** Where a page sits: its file, locale and key, and what links on it resolve against. */
export interface PageLocation {
  file: string
  locale: string
  page: string
  /** Every locale of the site, source included. */
  locales: ReadonlySet<string>
}

/**
 * Read one page into its compact summary: parse it, build its sections, keep only what the
 * aligner and the rules need. Never throws for bad input; problems are in `problems`.
 */
export function summarizePage(bytes: Uint8Array, location: PageLocation, config: Config): PageSummary {
  const hash = hashBytes(bytes)
  const parsed = parsePage(bytes, {path: location.file, mdx: location.file.endsWith('.mdx'), config})
  const summary: PageSummary = {
    file: location.file,
    locale: location.locale,
    page: location.page,
    hash,
    lines: countLines(parsed.value),
    frontmatter: parsed.frontmatter.data,
    frontmatterLines: parsed.frontmatter.lines,
    sections: [],
    anchors: [],
    features: [],
    problems: parsed.problems,
    failed: parsed.tree === undefined
  }
  if (!parsed.tree) return summary
  const hosts = new Set(config.siteUrls.map((url) => hostOf(url)))
  try {
    const built = buildSections(parsed.tree, {
      config,
      frontmatter: parsed.frontmatter.data,
      link: {pageUrl: pageUrlOf(location.page), locales: location.locales, hosts}
    })
    if (built.title !== undefined) summary.title = built.title
    summary.sections = built.sections
    summary.anchors = built.anchors
    summary.features = [...pageFeatureTokens(summary).keys()].sort()
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    summary.failed = true
    // A stack overflow has no place: the deepest nesting is where it comes from.
    const nesting = measureNesting(parsed.value, {mdx: location.file.endsWith('.mdx')})
    summary.problems.push({ruleId: 'parse-error', message: 'Page is nested too deeply to read', line: Math.max(nesting.line, nesting.braceLine, 1), column: 1})
  }
  return summary
}

/** Lines of a text the way editors, SARIF and annotations count them: a final line break opens no line. */
function countLines(value: string): number {
  let breaks = 0
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) breaks++
  return Math.max(1, value.endsWith('\n') ? breaks : breaks + 1)
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url.replace(/^www\./, '')
  }
}
