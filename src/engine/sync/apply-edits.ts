import type {Edit} from './types.ts'

/**
 * Apply edits to a text by position: everything outside the edited ranges is kept as it was,
 * byte for byte (nothing is re-serialised). Edits must not overlap; insertions at the same
 * offset keep their `order`.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || (a.order ?? 0) - (b.order ?? 0))
  let result = ''
  let at = 0
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) throw new RangeError(`Overlapping or out-of-range edit at ${edit.start}–${edit.end}`)
    result += text.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return result + text.slice(at)
}
