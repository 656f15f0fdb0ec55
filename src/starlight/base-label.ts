import type {Base} from '../engine/index.ts'

/** `base 1a2b3c4 (2024-01-01), 2 commits behind`: a translation's base as the side-by-side view names it. */
export function baseLabel(base: Base, behind: number | null): string {
  if (!base.commit) return 'base unknown'
  const date = base.date ? ` (${base.date.slice(0, 10)})` : ''
  const commits = behind === null ? 'commits behind unknown' : `${behind} ${behind === 1 ? 'commit' : 'commits'} behind`
  return `base ${base.commit.slice(0, 7)}${date}, ${commits}`
}
