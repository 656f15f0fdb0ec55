import {linkKey} from '../history/link-key.ts'
import {componentKeys} from '../history/section-change-kinds.ts'
import type {ChangeKind, SectionChange} from '../history/types.ts'
import type {SectionSummary} from '../sections/types.ts'

/**
 * The kinds of a source section's change that its translation has not caught up with. A `code`,
 * `links` or `components` change counts as caught up when the translated section holds every
 * code value (link target, component) the source section has now and none it lost since the
 * base: `lockstep sync` carried it over, or the translator did. Link targets are compared without
 * an external link's fragment (translations link to localised fragments), what was lost with it
 * (`linkKey`): a translation still linking to the fragment English fixed has not caught up.
 */
export function outstandingKinds(change: SectionChange, source: SectionSummary, target: SectionSummary): ChangeKind[] {
  return change.kinds.filter((kind) => {
    if (!change.gone || (kind !== 'code' && kind !== 'links' && kind !== 'components')) return true
    const values = (section: SectionSummary) => (kind === 'code' ? section.codes.map((code) => code.value) : kind === 'links' ? section.links.map((link) => link.target) : componentKeys(section))
    const lost = kind === 'links' ? target.links.map(linkKey) : values(target)
    const gone = kind === 'code' ? change.gone.code : kind === 'links' ? change.gone.links : (change.gone.components ?? [])
    return !(contains(values(target), values(source)) && !gone.some((value) => lost.includes(value)))
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
