import type {Diagnostic} from '../rules/types.ts'

/** Sort diagnostics by file, line, column, rule and message, so reports are byte-identical run to run. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || (a.source?.line ?? 0) - (b.source?.line ?? 0) || compare(a.message, b.message)
  )
}

/** Code-point order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
