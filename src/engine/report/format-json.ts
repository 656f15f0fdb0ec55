import type {Report} from './types.ts'

/** The JSON report, pretty-printed with a final newline; byte-identical for identical input. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}

/** Array items laid out per piece of `formatJsonPieces`. */
const itemsPerPiece = 256

/**
 * `formatJson(report)` in pieces, for writing: the report's arrays a few hundred items at a time,
 * so the whole text (two bytes a character once a page's text is not Latin-1, and built by
 * doubling) is never held at once. On OpenTelemetry that text was 40 MB at the end of the check.
 */
export function* formatJsonPieces(report: Report): Generator<string> {
  const fields = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol')
  if (fields.length === 0) return yield '{}\n'
  yield '{'
  for (const [index, [key, value]] of fields.entries()) {
    const head = `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `
    if (!Array.isArray(value) || value.length === 0) {
      yield head + indented(JSON.stringify(value, null, 2), '  ')
      continue
    }
    yield head + '['
    for (let start = 0; start < value.length; start += itemsPerPiece) {
      const items = value.slice(start, start + itemsPerPiece).map((item: unknown) => '\n    ' + indented(JSON.stringify(item, null, 2) ?? 'null', '    '))
      yield (start === 0 ? '' : ',') + items.join(',')
    }
    yield '\n  ]'
  }
  yield '\n}\n'
}

/** JSON laid out at the top level, indented to sit one level deeper (a string's own newlines are escaped, so every newline is the layout's). */
function indented(json: string, indent: string): string {
  return json.replaceAll('\n', '\n' + indent)
}
