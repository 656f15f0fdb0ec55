import {diffLines} from '../history/diff-lines.ts'

/**
 * How each item of a list at the base fared in the list now: kept, replaced one for one (in a
 * run of as many removed as added items), or dropped with no counterpart (`null`: an item added
 * or removed, which needs the prose around it, so it is not mechanical).
 */
export function substitutions(before: readonly string[], after: readonly string[]): {fates: Map<string, Set<string | null>>; unpaired: number} {
  const fates = new Map<string, Set<string | null>>()
  const fate = (from: string, to: string | null) => {
    let set = fates.get(from)
    if (!set) fates.set(from, (set = new Set()))
    set.add(to)
  }
  let unpaired = 0
  let removed: string[] = []
  let added: string[] = []
  const flush = () => {
    if (removed.length === added.length) removed.forEach((from, index) => fate(from, added[index]!))
    else {
      for (const from of removed) fate(from, null)
      unpaired += Math.max(removed.length, added.length)
    }
    removed = []
    added = []
  }
  for (const line of diffLines(before, after)) {
    if (line.op === '-') removed.push(line.text)
    else if (line.op === '+') added.push(line.text)
    else {
      flush()
      fate(line.text, line.text)
    }
  }
  flush()
  return {fates, unpaired}
}
