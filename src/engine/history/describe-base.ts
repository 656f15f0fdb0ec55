import type {Base} from './types.ts'

/** A known base as people read it: short hash, where it came from and its date, e.g. `286f0d8 (history, 2026-11-23)`. */
export function describeBase(base: Base & {commit: string}): string {
  return `${base.commit.slice(0, 7)} (${base.from}${base.date ? `, ${base.date.slice(0, 10)}` : ''})`
}

/** How far a translation is behind its source, e.g. `3 commits behind`. */
export function describeBehind(behind: number | null): string {
  return behind === null ? 'commits behind unknown' : `${behind} commit${behind === 1 ? '' : 's'} behind`
}
