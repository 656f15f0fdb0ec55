import type {Report} from './types.ts'

/** The JSON report, pretty-printed with a final newline; byte-identical for identical input. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
