import {createHash} from 'node:crypto'
import type {Alignment} from '../align/types.ts'
import type {PageDiff} from '../history/build-page-diff.ts'
import type {ChangeKind, PageHistory} from '../history/types.ts'
import {outstandingKinds} from '../rules/outstanding-kinds.ts'
import {pageUrlOf} from '../sections/normalize-link.ts'
import type {PageSummary} from '../sections/types.ts'
import type {TodoCategory, TodoItem} from './types.ts'

/** One translated page as the work list needs it. */
export interface TodoPage {
  source: PageSummary
  target: PageSummary
  alignment: Alignment
  history?: PageHistory
  /** `buildPageDiff` of the page, for the source diffs; without it items carry no diff. */
  diff?: PageDiff
  /** The source text's lines of each source section, for the diffs of missing sections. */
  sourceLines?: string[][]
}

const order: Record<TodoCategory, number> = {code: 0, links: 1, prose: 2, typo: 3}

/**
 * The work list of one locale, ranked: changed code and commands first, then links, prose and
 * typo fixes; within each, pages readers reach most (links from source pages, then navigation
 * weight), then the oldest (most commits behind). Pure.
 */
export function buildTodo(pages: readonly TodoPage[], sources: readonly PageSummary[], options: {siteUrl?: string} = {}): TodoItem[] {
  const inbound = new Map<string, number>()
  for (const summary of sources) {
    for (const section of summary.sections) {
      for (const link of section.links) {
        const url = link.target.split('#')[0]!
        if (url.startsWith('/') && url !== pageUrlOf(summary.page)) inbound.set(url, (inbound.get(url) ?? 0) + 1)
      }
    }
  }
  const base = (options.siteUrl ?? '').replace(/\/$/, '')
  const items: TodoItem[] = []
  for (const {source, target, alignment, history, diff, sourceLines} of pages) {
    const weight = typeof source.frontmatter?.weight === 'number' ? source.frontmatter.weight : undefined
    const paired = new Map<number, number>()
    for (const pair of alignment.pairs) if (!paired.has(pair.source)) paired.set(pair.source, pair.target)
    const add = (index: number, work: TodoItem['work'], kinds: ChangeKind[] = []) => {
      const section = source.sections[index]!
      const lines = diff?.sections[index]?.diff ?? []
      const hasCode = section.codes.length > 0
      const category: TodoCategory = kinds.includes('code') || (work !== 'outdated' && hasCode) ? 'code' : kinds.includes('links') ? 'links' : kinds.length > 0 && kinds.every((kind) => kind === 'typo') ? 'typo' : 'prose'
      const id = createHash('sha1').update(`${target.locale}\u0000${source.page}\u0000${section.id || '(introduction)'}\u0000${work === 'outdated' ? 'outdated' : 'translate'}`).digest('hex').slice(0, 10)
      const row = section.level === 0 ? 'row-introduction' : `row-${section.id}`
      items.push({
        id: `ls-${id}`,
        locale: target.locale,
        page: source.page,
        file: target.file,
        sourceFile: source.file,
        section: {title: section.title, id: section.id, line: section.line, level: section.level},
        work,
        kinds,
        category,
        behind: history?.behind ?? null,
        inboundLinks: inbound.get(pageUrlOf(source.page)) ?? 0,
        ...(weight === undefined ? {} : {weight}),
        diff: lines.length > 0 || work === 'outdated' ? lines : (sourceLines?.[index] ?? []).map((text) => ({op: '+' as const, text})),
        href: `${base}/translate/${encodeURI(target.locale)}/${encodeURI(source.page)}/#${encodeURIComponent(row)}`.replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
      })
    }
    for (const [index, to] of paired) {
      const change = history?.changes?.sections[index]
      if (target.sections[to]!.scaffold) add(index, 'scaffold')
      else if (change && change.change !== 'unchanged') {
        // As `outdated-section` sees it: code and link changes already in the translation are done.
        const kinds = change.change === 'changed' ? outstandingKinds(change, source.sections[index]!, target.sections[to]!) : []
        if (change.change !== 'changed' || kinds.length > 0) add(index, 'outdated', kinds)
      }
    }
    for (const index of alignment.unmatchedSource) add(index, history?.changes?.sections[index]?.change === 'added' ? 'added' : 'missing')
  }
  return items.sort(
    (a, b) =>
      order[a.category] - order[b.category] ||
      b.inboundLinks - a.inboundLinks ||
      (a.weight ?? Infinity) - (b.weight ?? Infinity) ||
      (b.behind ?? -1) - (a.behind ?? -1) ||
      (a.page < b.page ? -1 : a.page > b.page ? 1 : 0) ||
      a.section.line - b.section.line
  )
}
