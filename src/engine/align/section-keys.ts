import GithubSlugger from 'github-slugger'
import type {SectionSummary} from '../sections/types.ts'
import type {FeatureSet} from './page-features.ts'

/**
 * What a source section can share with a translated one that makes them likely counterparts, as
 * keys to look partners up by: what `scorePair` counts as near-certain (ids, heading shortcodes,
 * heading text, a source heading kept in a comment) and its shared content features.
 */
export function sourceKeys(section: SectionSummary, features: FeatureSet): Set<string> {
  const keys = new Set<string>([`i:${section.id}`])
  if (section.explicitId !== undefined) keys.add(`i:${section.explicitId}`)
  if (section.headingKey !== undefined) keys.add(`k:${section.headingKey}`)
  if (section.slug !== '') keys.add(`s:${section.slug}`)
  for (const feature of features.keys()) keys.add(`f:${feature}`)
  return keys
}

/** What a translated section can share with a source one (see `sourceKeys`). */
export function targetKeys(section: SectionSummary, features: FeatureSet): Set<string> {
  const keys = new Set<string>()
  if (section.explicitId !== undefined) keys.add(`i:${section.explicitId}`)
  if (section.headingKey !== undefined) keys.add(`k:${section.headingKey}`)
  if (section.slug !== '') keys.add(`s:${section.slug}`)
  if (section.original !== undefined) keys.add(`s:${new GithubSlugger().slug(section.original.replace(/\s*\{#[^}]*\}\s*$/, ''))}`)
  for (const feature of features.keys()) keys.add(`f:${feature}`)
  return keys
}
