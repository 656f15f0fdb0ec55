import {formatJsonBytes} from './format-json.ts'
import type {Report} from './types.ts'

/**
 * A report to write: whole, for formats that lay it out (`report`), or as the bytes of the JSON
 * format a piece at a time (`json`), which lets a report kept on disk go out without being held
 * whole in memory.
 */
export interface ReportSource {
  /** The report's totals, known without reading the report. */
  summary: Report['summary']
  report(): Promise<Report>
  /** `formatJson(report)`, in pieces. */
  json(): AsyncIterable<Uint8Array | string>
}

/** A report in memory as a source; `json` is `formatJsonBytes(report)` when the caller has made it already. */
export function reportSource(report: Report, json?: readonly Uint8Array[]): ReportSource {
  return {
    summary: report.summary,
    report: async () => report,
    async *json() {
      yield* json ?? formatJsonBytes(report)
    }
  }
}
