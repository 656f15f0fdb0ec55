import {printable} from './printable.ts'

/**
 * A copy of report data (a report, a page diff, notes) with every string made printable: the
 * one place where text that came from pages, pins, file names or git output loses the control
 * characters (ESC, OSC 8 hyperlinks, BEL, CR, C1) that would let it clear, recolour or rewrite a
 * terminal or a CI log. Every format a terminal or a log shows (text, `diff`, `github`, the
 * Markdown summary) formats this copy first; JSON, SARIF and JUnit escape them in their own syntax.
 */
export function neutralize<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map((item) => neutralize(item) as unknown) as T
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) copy[printable(key)] = neutralize(item)
    return copy as T
  }
  return value
}
