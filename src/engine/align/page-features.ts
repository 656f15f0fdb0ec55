import type {SectionSummary} from '../sections/types.ts'

/** Weight of each kind of signature feature: how much one shared item says. */
const kindWeights = {l: 3, b: 4, c: 2.5, s: 2, n: 1.5, t: 1} as const

/** A section's comparable features, each with its weight on this page pair. */
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
  return {source: sourceRaw.map(weigh), target: targetRaw.map(weigh)}
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
