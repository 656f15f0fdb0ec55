import type {ChangeKind, SectionChange} from '../history/types.ts'
import type {SectionSummary} from '../sections/types.ts'

/**
 * The kinds of a source section's change that its translation has not caught up with. A `code`
 * or `links` change counts as caught up when the translated section holds every code value (or
 * link target) the source section has now and none it lost since the base: `lockstep sync`
 * carried it over, or the translator did.
 */
export function outstandingKinds(change: SectionChange, source: SectionSummary, target: SectionSummary): ChangeKind[] {
  return change.kinds.filter((kind) => {
    if (!change.gone || (kind !== 'code' && kind !== 'links')) return true
    const values = (section: SectionSummary) => (kind === 'code' ? section.codes.map((code) => code.value) : section.links.map((link) => link.target))
    const there = values(target)
    const gone = kind === 'code' ? change.gone.code : change.gone.links
    return !(contains(there, values(source)) && !gone.some((value) => there.includes(value)))
  })
}

/** Whether `all` holds every value of `some`, as many times. */
function contains(all: readonly string[], some: readonly string[]): boolean {
  const left = [...all]
  for (const value of some) {
    const at = left.indexOf(value)
    if (at === -1) return false
    left.splice(at, 1)
  }
  return true
}
