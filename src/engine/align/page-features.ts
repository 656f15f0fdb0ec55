import type {SectionSummary} from '../sections/types.ts'
import {headingName, type HeadingName} from './heading-name.ts'

/** Weight of each kind of signature feature: how much one shared item says. */
const kindWeights = {l: 3, b: 4, c: 2.5, s: 2, n: 1.5, t: 1} as const

/**
 * A section's comparable features, each with its weight on this page pair. A code or identifier
 * heading adds its name (`h=start`, and `h.distURL` for the last part of `RouteData.distURL`,
 * see `headingName`); its weight holds two flags: 2 when the other page has a heading of that
 * name too (shared), plus 1 when no other heading on either page has it (unique).
 */
export type FeatureSet = Map<string, number>

/**
 * Features of every section of a page pair, weighted like TF-IDF: a link or a name that occurs
 * in one source section says more than one in every section. Only features that occur on both
 * pages count, so translated words never dilute the comparison.
 */
export function pageFeatures(source: SectionSummary[], target: SectionSummary[]): {source: FeatureSet[]; target: FeatureSet[]} {
  const sourceRaw = source.map(rawFeatures)
  const targetRaw = target.map(rawFeatures)
  const inSource = new Map<string, number>()
  for (const features of sourceRaw) for (const feature of features) inSource.set(feature, (inSource.get(feature) ?? 0) + 1)
  const inTarget = new Set<string>()
  for (const features of targetRaw) for (const feature of features) inTarget.add(feature)
  const count = Math.max(source.length, 1)
  const weigh = (features: Set<string>): FeatureSet => {
    const result: FeatureSet = new Map()
    for (const feature of features) {
      const df = inSource.get(feature)
      if (df === undefined || !inTarget.has(feature)) continue
      const kind = feature[0] as keyof typeof kindWeights
      result.set(feature, kindWeights[kind] * Math.log(1 + count / df))
    }
    return result
  }
  const sourceNames = source.map(headingName)
  const targetNames = target.map(headingName)
  const sourceUses = countNames(sourceNames)
  const targetUses = countNames(targetNames)
  // A name is an anchor when it is unique on each page: at most once in the source and once in the translation.
  const unique = (name: string) => (sourceUses.get(name) ?? 0) <= 1 && (targetUses.get(name) ?? 0) <= 1
  // A name is shared when the other page has a heading of that name; translators sometimes
  // translate a word in backticks (`exporter` → `exportador`), and such a name says nothing.
  const withName = (features: FeatureSet, name: HeadingName | undefined, other: Map<string, number>): FeatureSet => {
    if (!name) return features
    const flags = (other.has(name.full) || other.has(name.last) ? 2 : 0) + (unique(name.full) ? 1 : 0)
    features.set(`h=${name.full}`, flags)
    if (name.last !== name.full) features.set(`h.${name.last}`, flags)
    return features
  }
  return {
    source: sourceRaw.map((features, index) => withName(weigh(features), sourceNames[index], targetUses)),
    target: targetRaw.map((features, index) => withName(weigh(features), targetNames[index], sourceUses))
  }
}

function rawFeatures(section: SectionSummary): Set<string> {
  const features = new Set<string>()
  const {signature} = section
  for (const link of signature.links) features.add(`l:${link}`)
  for (const block of signature.blocks) features.add(`b:${block}`)
  for (const code of signature.code) features.add(`c:${code}`)
  for (const shortcode of signature.shortcodes) features.add(`s:${shortcode}`)
  for (const number of signature.numbers) features.add(`n:${number}`)
  for (const term of signature.terms) features.add(`t:${term}`)
  return features
}

function countNames(names: Array<HeadingName | undefined>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const name of names) {
    if (!name) continue
    counts.set(name.full, (counts.get(name.full) ?? 0) + 1)
    if (name.last !== name.full) counts.set(name.last, (counts.get(name.last) ?? 0) + 1)
  }
  return counts
}
