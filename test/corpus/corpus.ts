import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Report} from '../../src/engine/report/types.ts'

/**
 * The shared corpora, beside the project (CI and developers have them; users' clones do not), or
 * wherever `LOCKSTEP_CORPUS` says; a git worktree one folder deeper finds them one folder further up.
 */
export const corpusDir = process.env.LOCKSTEP_CORPUS ?? [path.resolve(import.meta.dirname, '../../../shared/corpus'), path.resolve(import.meta.dirname, '../../../../shared/corpus')].find((dir) => fs.existsSync(dir)) ?? path.resolve(import.meta.dirname, '../../../shared/corpus')

/** Clone a corpus bundle into a fresh temp folder (bundles are never modified in place). */
export function cloneBundle(name: 'glossary' | 'starlight-docs' | 'otel-history'): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-${name}-`))
  execFileSync('git', ['clone', '--quiet', '--branch', 'filtered-main', path.join(corpusDir, `${name}.bundle`), target])
  return target
}

/** Per-locale counts of a report: what a reviewer compares when behaviour on real docs changes. */
export function summarize(report: Report): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {}
  for (const locale of report.locales) {
    const pages = report.pages.filter((page) => page.locale === locale)
    const counts: Record<string, number> = {
      pages: pages.length,
      translated: pages.filter((page) => page.status === 'translated').length,
      orphan: pages.filter((page) => page.status === 'orphan').length,
      sectionsMatched: pages.reduce((sum, page) => sum + page.sections.filter((section) => section.source !== null).length, 0),
      sectionsMissing: pages.reduce((sum, page) => sum + page.missing.length, 0)
    }
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.locale !== locale) continue
      counts[diagnostic.rule] = (counts[diagnostic.rule] ?? 0) + 1
    }
    result[locale] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  return result
}
