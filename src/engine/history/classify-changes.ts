import {alignSections} from '../align/align-sections.ts'
import {pageFeatureTokens} from '../sections/feature-token.ts'
import type {PageSummary, SectionSummary} from '../sections/types.ts'
import {linkKey} from './link-key.ts'
import {componentKeys, sectionChangeKinds} from './section-change-kinds.ts'
import type {SectionChange, SourceChanges} from './types.ts'

/**
 * Compare the source page at the base with the source page now, section by section, using the
 * same aligner as for translations: a section is unchanged, changed (and how), moved or added,
 * and base sections with no counterpart were removed. A change to a translatable front-matter
 * value (`frontmatterKeys`: title, description, a banner) is a change of the introduction.
 */
export function classifyChanges(before: PageSummary, after: PageSummary, typoChars: number, frontmatterKeys: readonly string[] = []): SourceChanges {
  const sections: SectionChange[] = after.sections.map(() => ({change: 'added', kinds: []}))
  if (before.hash === after.hash) return unchangedSince(after)
  const alignment = alignSections(before.sections, after.sections, {explain: false})
  const seen = new Set<number>()
  const removedIndexes = new Set(alignment.unmatchedSource)
  for (const pair of alignment.pairs) {
    // Both versions are in one language: a pair without strong evidence (position, rank, a term) of sections
    // with different headings and hardly a word in common is a section replaced, not rewritten.
    if (pair.source !== 0 && pair.confidence < 0.85 && !sameSection(before.sections[pair.source]!, after.sections[pair.target]!)) {
      if (!alignment.pairs.some((other) => other !== pair && other.source === pair.source)) removedIndexes.add(pair.source)
      continue
    }
    // A split or merge pairs one section more than once: the first pair decides.
    if (seen.has(pair.target)) continue
    seen.add(pair.target)
    const kinds = sectionChangeKinds(before.sections[pair.source]!, after.sections[pair.target]!, typoChars)
    const change = kinds.length > 0 || pair.relation === 'split' || pair.relation === 'merged' ? 'changed' : pair.relation === 'moved' ? 'moved' : 'unchanged'
    sections[pair.target] = {change, kinds: change === 'changed' && kinds.length === 0 ? ['prose'] : kinds, baseIndex: pair.source}
    // A new rank under a new heading id: the section was rewritten into another (an id kept, explicit or slug, says it was not).
    const old = before.sections[pair.source]!
    const now = after.sections[pair.target]!
    if (old.level !== now.level && old.id !== now.id) sections[pair.target]!.baseLevel = old.level
    if (kinds.includes('code') || kinds.includes('links') || kinds.includes('components')) sections[pair.target]!.gone = gone(before.sections[pair.source]!, after.sections[pair.target]!)
  }
  const intro = sections[0]
  if (intro && intro.change !== 'added' && frontmatterKeys.some((key) => JSON.stringify(before.frontmatter?.[key]) !== JSON.stringify(after.frontmatter?.[key]))) {
    sections[0] = {...intro, change: 'changed', kinds: [...intro.kinds.filter((kind) => kind !== 'typo'), 'frontmatter']}
  }
  const removed = [...removedIndexes].sort((a, b) => a - b).map((index) => ({index, title: before.sections[index]!.title, level: before.sections[index]!.level}))
  return withRemoved({sections, removed, trivial: false, unchanged: false, features: featureChanges(before, after)}, removed)
}

/** The same changes with another list of removed sections, and `trivial` and `unchanged` to match. */
export function withRemoved(changes: SourceChanges, removed: SourceChanges['removed']): SourceChanges {
  const changed = changes.sections.filter((section) => section.change !== 'unchanged')
  const unchanged = changed.length === 0 && removed.length === 0
  const trivial = !unchanged && removed.length === 0 && changed.every((section) => section.change === 'changed' && section.kinds.length > 0 && section.kinds.every((kind) => kind === 'typo'))
  return {...changes, removed, trivial, unchanged}
}

/** Features whose count grew (`added`) or shrank (`removed`) from one version of a page to another. */
function featureChanges(before: PageSummary, after: PageSummary): {added: string[]; removed: string[]} {
  const old = pageFeatureTokens(before)
  const now = pageFeatureTokens(after)
  const added = [...now].filter(([token, count]) => count > (old.get(token) ?? 0)).map(([token]) => token)
  const removed = [...old].filter(([token, count]) => count > (now.get(token) ?? 0)).map(([token]) => token)
  return {added: added.sort(), removed: removed.sort()}
}

/** What a section had at the base and has no more: code values, links and components, counted. */
function gone(before: SectionSummary, after: SectionSummary): {code: string[]; links: string[]; components: string[]} {
  const minus = (from: string[], take: string[]) => {
    const left = [...from]
    for (const value of take) {
      const at = left.indexOf(value)
      if (at !== -1) left.splice(at, 1)
    }
    return left
  }
  return {
    code: minus(before.codes.map((code) => code.value), after.codes.map((code) => code.value)),
    links: minus(before.links.map(linkKey), after.links.map(linkKey)),
    components: minus(componentKeys(before), componentKeys(after))
  }
}

/** A source page byte for byte as it was at the base: every section unchanged, in place. */
export function unchangedSince(page: PageSummary): SourceChanges {
  return {sections: page.sections.map((_, index) => ({change: 'unchanged', kinds: [], baseIndex: index})), removed: [], trivial: false, unchanged: true, features: {added: [], removed: []}}
}

/** Same heading, or at least a fifth of the words (prose and code) in common. */
function sameSection(before: SectionSummary, after: SectionSummary): boolean {
  if (before.slug === after.slug) return true
  const words = (section: SectionSummary) => new Set([section.title, ...section.text.map((block) => block.text), ...section.codes.map((code) => code.value)].join(' ').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [])
  const a = words(before)
  const b = words(after)
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / Math.max(1, Math.min(a.size, b.size)) >= 0.2
}
