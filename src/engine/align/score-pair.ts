import GithubSlugger from 'github-slugger'
import type {SectionSummary} from '../sections/types.ts'
import {matchNames, type HeadingName} from './heading-name.ts'
import type {FeatureSet} from './page-features.ts'

/** Everything `scorePair` compares, for one source and one translated section. */
export interface PairInput {
  source: SectionSummary
  target: SectionSummary
  sourceFeatures: FeatureSet
  targetFeatures: FeatureSet
  /** Relative positions in their pages, 0–1. */
  sourcePosition: number
  targetPosition: number
  /** Size of the translation relative to the source, over the whole page. */
  sizeRatio: number
}

/** A pair's score (0–1) and the evidence behind it. */
export interface PairScore {
  score: number
  /** Overlap of comparable content alone (absent when one side has none). */
  content?: number
  reasons: string[]
}

const kindNames: Record<string, string> = {l: 'link', b: 'code block', c: 'code', s: 'shortcode', n: 'number', t: 'term'}

/**
 * Score how likely a translated section is the counterpart of a source section.
 *
 * Headings are translated, so the score rests on what survives translation: shared links,
 * code, shortcodes, numbers and names (weighted by rarity), explicit ids and source headings
 * kept in comments (near-certain), heading rank and position (weak priors), and size. The
 * reasons are words for a reader (`--explain`): without `explain`, the same score and none.
 */
export function scorePair(input: PairInput, explain = true): PairScore {
  return scoreOf(input, explain)
}

/** `scorePair`'s score alone: an aligner's table asks for it in every cell, where the reasons would be most of the work. */
export function scoreValue(input: PairInput): number {
  return scoreOf(input, false).score
}

/** The score, with its reasons when `explain` (else none: the same score, with an empty list). */
function scoreOf(input: PairInput, explain: boolean): PairScore {
  const {source, target} = input
  const reasons: string[] = []

  if (source.headingKey !== undefined || target.headingKey !== undefined) {
    if (source.headingKey === target.headingKey) return {score: 0.97, reasons: explain ? [`same heading shortcode \`${source.headingKey}\``] : reasons}
    if (source.headingKey !== undefined && target.headingKey !== undefined) return {score: 0.02, reasons: explain ? ['different heading shortcodes'] : reasons}
    if (explain) reasons.push('only one of the two is a heading shortcode')
  }
  const keyPenalty = source.headingKey === target.headingKey ? 1 : 0.5

  let strong = false
  if (target.explicitId !== undefined && (target.explicitId === source.id || target.explicitId === source.explicitId)) {
    strong = true
    if (explain) reasons.push(`explicit id \`#${target.explicitId}\``)
  } else if (target.slug !== '' && target.slug === source.slug) {
    strong = true
    if (explain) reasons.push('same heading text')
  }
  if (target.original !== undefined && slug(target.original) === source.slug) {
    strong = true
    if (explain) reasons.push(`source heading kept in a comment (\`${target.original}\`)`)
  }
  const sourceName = nameOf(input.sourceFeatures)
  const targetName = nameOf(input.targetFeatures)
  const names = matchNames(sourceName?.name, targetName?.name)
  // An anchor: the same code name, once on each page. A repeated name (`#### type` under every option) only counts as a shared heading.
  const anchor = names !== undefined && names !== 'different' && sourceName!.unique && targetName!.unique
  // A differing name is evidence when one of the two is a name the other page uses (`distURL`
  // here, `RouteData.distURL` there): that heading has its own counterpart.
  const differ = names === 'different' && (sourceName!.shared || targetName!.shared)
  if (names === 'same' || names === 'last') {
    strong = true
    if (explain) reasons.push(names === 'same' ? `same code heading \`${sourceName!.name.full}\`${anchor ? '' : ' (not unique on the page)'}` : `code heading \`${targetName!.name.full}\` names \`${sourceName!.name.full}\``)
  }

  let shared = 0
  let total = 0
  let sourceTotal = 0
  const sharedNames: Array<[string, number]> = []
  for (const [feature, weight] of input.sourceFeatures) {
    if (feature[0] === 'h') continue
    total += weight
    sourceTotal += weight
    const other = input.targetFeatures.get(feature)
    if (other !== undefined) {
      shared += weight + other
      if (explain) sharedNames.push([feature, weight])
    }
  }
  for (const [feature, weight] of input.targetFeatures) if (feature[0] !== 'h') total += weight
  // Overlap alone overstates a pair that shares two common terms; scale by how much is shared.
  const strength = Math.min(1, shared / 12)
  // A side with nothing comparable (an empty parent section, prose only) is no evidence either way.
  const content = sourceTotal > 0 && total > sourceTotal ? (shared / total) * (0.6 + 0.4 * strength) : undefined

  const position = 1 - Math.min(1, Math.abs(input.sourcePosition - input.targetPosition) * 2)
  const levelDelta = Math.abs(source.level - target.level)
  const level = levelDelta === 0 ? 1 : levelDelta === 1 ? 0.5 : 0
  const structure = 0.6 * position + 0.4 * level
  const size = sizeCloseness(source.signature.size, target.signature.size, input.sizeRatio)

  let score = content === undefined ? 0.5 * structure + 0.15 * size : 0.65 * content + 0.25 * structure + 0.1 * size
  if (strong) score = Math.max(score, 0.85 + 0.15 * (content ?? 0.5))
  if (anchor) score = Math.max(score, names === 'same' ? 0.95 : 0.9)
  // Two code headings that name different things are different sections, however alike their
  // short bodies are: on a reference page of many short sections such a pair starts a cascade.
  // Below the aligner's threshold, so only a rename between aligned neighbours still pairs them.
  if (differ && !strong) {
    score = Math.min(score, 0.3)
    if (explain) reasons.push(`different code headings (\`${sourceName!.name.full}\`, \`${targetName!.name.full}\`)`)
  }
  score *= keyPenalty
  // Without reasons, no spread: the aligner asks this for every cell of its table.
  if (!explain) return {score: Math.min(1, score), content, reasons}

  if (content !== undefined && sharedNames.length > 0) {
    sharedNames.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const counts = new Map<string, number>()
    for (const [feature] of sharedNames) counts.set(feature[0]!, (counts.get(feature[0]!) ?? 0) + 1)
    const summary = [...counts].map(([kind, count]) => `${count} ${kindNames[kind]}${count === 1 ? '' : 's'}`).join(', ')
    const top = sharedNames.slice(0, 3).map(([feature]) => `\`${feature.slice(2)}\``).join(', ')
    reasons.push(`shares ${summary} (${top}); content ${content.toFixed(2)}`)
  } else if (content === undefined) {
    reasons.push('no comparable content: paired by position and rank')
  }
  reasons.push(`position ${position.toFixed(2)}, rank ${source.level}→${target.level}, size ${size.toFixed(2)}`)
  return {score: Math.min(1, score), ...(content === undefined ? {} : {content}), reasons}
}

function sizeCloseness(source: number, target: number, ratio: number): number {
  if (source === 0 && target === 0) return 1
  const expected = source * ratio
  const difference = Math.abs(target - expected) / Math.max(target, expected, 1)
  return 1 - difference
}

function slug(text: string): string {
  return new GithubSlugger().slug(text.replace(/\s*\{#[^}]*\}\s*$/, ''))
}

/** The heading name `pageFeatures` put into a feature set (`h=full`, `h.last`), and whether it is unique. */
function nameOf(features: FeatureSet): {name: HeadingName; unique: boolean; shared: boolean} | undefined {
  if (namesOfSets.has(features)) return namesOfSets.get(features)
  let full: string | undefined
  let last: string | undefined
  let flags = 0
  for (const [feature, weight] of features) {
    if (feature.startsWith('h=')) {
      full = feature.slice(2)
      flags = weight
    } else if (feature.startsWith('h.')) last = feature.slice(2)
  }
  const result = full === undefined ? undefined : {name: {full, last: last ?? full}, unique: (flags & 1) === 1, shared: (flags & 2) === 2}
  namesOfSets.set(features, result)
  return result
}

// Every pair of a page asks for the same sets' names: read each set once.
const namesOfSets = new WeakMap<FeatureSet, {name: HeadingName; unique: boolean; shared: boolean} | undefined>()
