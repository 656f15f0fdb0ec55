import type {Alignment} from '../engine/index.ts'

/** One row of an aligned page: a translated section, a source section, or both. */
export interface AlignedRow {
  /** Index of the source section (absent for an extra section). */
  source?: number
  /** Index of the translated section (absent for a missing section). */
  target?: number
}

/**
 * The sections of a translation in reading order, with each missing source section placed
 * where it belongs: after the translated counterpart of the nearest source section before it
 * (the same place the `missing-section` rule points to).
 */
export function orderSections(alignment: Alignment, targetCount: number): AlignedRow[] {
  const sourceOf = new Map<number, number>()
  for (const pair of alignment.pairs) if (!sourceOf.has(pair.target)) sourceOf.set(pair.target, pair.source)
  const rows: AlignedRow[] = []
  for (let target = 0; target < targetCount; target++) {
    const source = sourceOf.get(target)
    rows.push(source === undefined ? {target} : {source, target})
  }
  for (const missing of [...alignment.unmatchedSource].sort((a, b) => a - b)) {
    // After the last row whose source section comes before this one; at the top when none does.
    let at = -1
    rows.forEach((row, index) => {
      if (row.source !== undefined && row.source < missing) at = index
    })
    rows.splice(at + 1, 0, {source: missing})
  }
  return rows
}
