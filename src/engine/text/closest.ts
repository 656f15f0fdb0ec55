import {editDistanceWithin} from '../history/edit-distance-within.ts'

/** The candidate nearest to a misspelt name (a "did you mean" hint), if one is within a third of its length in edits. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const max = Math.max(1, Math.floor(name.length / 3))
  let best: string | undefined
  let bestDistance = max + 1
  for (const candidate of candidates) {
    const distance = editDistanceWithin(name.toLowerCase(), candidate, max)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
