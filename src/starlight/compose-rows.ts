import type {Diagnostic, SectionDiff} from '../engine/index.ts'
import {composePage, type Block} from './compose-page.ts'
import type {Site} from './load-site.ts'

/** One row of the side-by-side view: a source section and its translation, either may be absent. */
export interface PairRow {
  id: string
  kind: 'pair' | 'missing' | 'extra'
  level: number
  source?: {headingHtml: string; bodyHtml: string}
  target?: {headingHtml: string; bodyHtml: string}
  findings: Diagnostic[]
  /** How the source section changed since the translation's base, with its diff; absent when unchanged or unknown. */
  change?: SectionDiff
}

/** The rows of the side-by-side view of one translated page, in the translation's order. */
export async function composeRows(site: Site, locale: string, page: string): Promise<PairRow[]> {
  const english = await composePage(site, site.sourceLocale, page)
  const translated = await composePage(site, locale, page)
  // A page the locale does not have has no view (it would list the source's sections, nothing beside them).
  if (!english || !translated || translated.fallbackPage) return []
  const diff = await site.pageDiff(locale, page)
  const changeOf = (block: Block) => {
    const change = block.row.source === undefined ? undefined : diff?.sections[block.row.source]
    return change && change.change !== 'unchanged' && change.change !== 'unknown' ? {change} : {}
  }
  const sourceBlock = (index: number | undefined): Block | undefined => (index === undefined ? undefined : english.blocks[index])
  const side = (block: Block | undefined) => (block ? {headingHtml: block.headingHtml, bodyHtml: block.bodyHtml} : undefined)
  return translated.blocks.map((block) => {
    const source = sourceBlock(block.row.source)
    if (block.kind === 'fallback') return {id: block.id, kind: 'missing', level: block.level, source: side(source), findings: block.findings, ...changeOf(block)}
    if (block.kind === 'extra') return {id: block.id, kind: 'extra', level: block.level, target: side(block), findings: block.findings}
    return {id: block.id, kind: 'pair', level: block.level, source: side(source), target: side(block), findings: block.findings, ...changeOf(block)}
  })
}
