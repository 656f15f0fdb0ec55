import type {SectionSummary} from '../sections/types.ts'
import {editDistanceWithin} from './edit-distance-within.ts'
import type {ChangeKind} from './types.ts'

/**
 * How a source section differs from the same section at the base: prose (or only a typo),
 * code, link targets. Empty when a reader would see no difference.
 */
export function sectionChangeKinds(before: SectionSummary, after: SectionSummary, typoChars: number): ChangeKind[] {
  const kinds: ChangeKind[] = []
  const prose = (section: SectionSummary) => [section.title, ...section.text.map((block) => block.text)].join('\n').replace(/\s+/g, ' ').trim()
  const oldProse = prose(before)
  const newProse = prose(after)
  let typo = false
  if (oldProse !== newProse) {
    if (editDistanceWithin(oldProse, newProse, typoChars) <= typoChars) typo = true
    else kinds.push('prose')
  }
  const oldCode = before.codes.map((code) => code.value)
  const newCode = after.codes.map((code) => code.value)
  if (oldCode.join('\u0000') !== newCode.join('\u0000')) {
    // Re-indenting a block or re-wrapping inline code changes no token.
    const squash = (values: string[]) => values.map((value) => value.replace(/\s+/g, ' ').trim()).join('\u0000')
    if (squash(oldCode) === squash(newCode)) typo = true
    else kinds.push('code')
  }
  if (before.links.map((link) => link.target).join('\n') !== after.links.map((link) => link.target).join('\n')) kinds.push('links')
  if (typo && kinds.length === 0) kinds.push('typo')
  return kinds
}
