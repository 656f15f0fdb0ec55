import type {Diagnostic} from '../rules/types.ts'
import type {PageReport, Report} from './types.ts'

/** Count a report's summary from its pages and diagnostics (after filtering, merging or a baseline). */
export function summarizeReport(pages: readonly PageReport[], diagnostics: readonly Diagnostic[]): Report['summary'] {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length
  return {pages: pages.length, errors: count('error'), warnings: count('warning'), infos: count('info')}
}
