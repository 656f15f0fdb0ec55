import type {Config, Severity} from '../config/schema.ts'
import {brokenAnchor} from './broken-anchor.ts'
import {codeMismatch} from './code-mismatch.ts'
import {extraSection} from './extra-section.ts'
import {frontmatterMismatch} from './frontmatter-mismatch.ts'
import {headingLevel} from './heading-level.ts'
import {linkTarget} from './link-target.ts'
import {markupError} from './markup-error.ts'
import {missingPage} from './missing-page.ts'
import {missingSection} from './missing-section.ts'
import {orphanPage} from './orphan-page.ts'
import {outdatedPage} from './outdated-page.ts'
import {outdatedSection} from './outdated-section.ts'
import {parseError} from './parse-error.ts'
import {sectionOrder} from './section-order.ts'
import {shortcodeMismatch} from './shortcode-mismatch.ts'
import type {Diagnostic, Rule, RuleContext} from './types.ts'
import {uncertainAlignment} from './uncertain-alignment.ts'
import {untranslatedScaffold} from './untranslated-scaffold.ts'
import {untranslatedSection} from './untranslated-section.ts'
import {untranslatedText} from './untranslated-text.ts'
import {unsafeLink} from './unsafe-link.ts'

const rank = {off: 0, info: 1, warning: 2, error: 3} as const

/** Every rule, in the order their docs list them. */
export const rules: readonly Rule[] = [
  missingPage,
  orphanPage,
  missingSection,
  extraSection,
  outdatedPage,
  outdatedSection,
  headingLevel,
  sectionOrder,
  uncertainAlignment,
  untranslatedSection,
  untranslatedScaffold,
  untranslatedText,
  linkTarget,
  unsafeLink,
  brokenAnchor,
  codeMismatch,
  shortcodeMismatch,
  frontmatterMismatch,
  markupError,
  parseError
]

/** Rules that look at one page on its own, and so also run on source pages. */
export const pageRules: ReadonlySet<string> = new Set(['broken-anchor', 'unsafe-link', 'markup-error', 'parse-error'])

/** Rules that ask the language check (`context.language`): the only ones a pair's early run needs, to find its verdicts. */
export const languageRules: ReadonlySet<string> = new Set([untranslatedSection.id, untranslatedText.id])

/** A rule's effective severity and options under a config. */
export function ruleSetting(rule: Rule, config: Config): {severity: Severity; options: Record<string, unknown>} {
  const setting = config.rules[rule.id]
  if (setting === undefined) return {severity: rule.severity, options: {}}
  if (typeof setting === 'string') return {severity: setting, options: {}}
  return {severity: setting[0], options: setting[1]}
}

/**
 * A finding's place, kept inside the file: a rule that points after a page's last section
 * (`after.endLine + 1`) or into an empty file would name a line that SARIF viewers and
 * annotations cannot show. Past the end, the last line.
 */
function placeInFile(at: {line: number; column: number}, lines: number): {line: number; column: number} {
  if (at.line > lines) return {line: lines, column: 1}
  return {line: Math.max(1, at.line), column: Math.max(1, at.column)}
}

/**
 * Run every enabled rule (of those in `only`, when given) on one page and return its diagnostics.
 *
 * The registry, not the rules, adds the rule id, severity, file, locale and docs URL to each
 * finding, so no rule can forget them.
 */
export function runRules(context: Omit<RuleContext, 'options' | 'report'> & {isSourcePage: boolean}, only?: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const file = context.target?.file ?? context.expectedFile
  for (const rule of rules) {
    if (context.isSourcePage && !pageRules.has(rule.id)) continue
    if (only && !only.has(rule.id)) continue
    const {severity, options} = ruleSetting(rule, context.config)
    if (severity === 'off') continue
    const configured = severity
    rule.check({
      ...context,
      options,
      report(finding) {
        const diagnostic: Diagnostic = {
          rule: rule.id,
          severity: finding.severity && rank[finding.severity] < rank[configured] ? finding.severity : configured,
          locale: context.locale,
          page: context.page,
          file,
          ...placeInFile(finding.at, context.target?.lines ?? 1),
          message: finding.message,
          url: `${context.config.docsUrl}${rule.id}.md`
        }
        if (finding.source) diagnostic.source = finding.source
        if (finding.difference) diagnostic.difference = finding.difference
        diagnostics.push(diagnostic)
      }
    })
  }
  return diagnostics
}
