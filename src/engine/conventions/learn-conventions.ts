import {neverConventions} from '../config/schema.ts'
import type {Convention, ConventionCandidate, ConventionPages, ConventionSettings} from './types.ts'

/**
 * Learn the site's conventions from its findings: a difference is a convention when at least
 * `minPages` translated pages in at least `minLocales` locales share it, each made when the
 * source already had what differs (history decides; a page without history counts on the
 * minimum support alone), and they are at least `minShare` of the pages that could show it:
 * what most translations do, not what a few forgot. Pinned ids apply whatever their support, `off` ids never. Never for
 * `missing-page`, `missing-section` or the `outdated-*` rules: what no translation has yet is drift.
 * Returns every difference seen (and every pinned id), most supported first.
 */
export function learnConventions(candidates: readonly ConventionCandidate[], settings: ConventionSettings, site: ConventionPages): Convention[] {
  const groups = new Map<string, {rule: string; pages: Set<string>; newer: Set<string>; features: Set<string>; side: 'dropped' | 'added'; findings: number}>()
  for (const candidate of candidates) {
    if (neverConventions.includes(candidate.rule) || candidate.rule.startsWith('outdated-')) continue
    const id = `${candidate.rule}: ${candidate.key}`
    let group = groups.get(id)
    if (!group) groups.set(id, (group = {rule: candidate.rule, pages: new Set(), newer: new Set(), features: new Set(), side: candidate.side, findings: 0}))
    if (candidate.feature !== undefined) group.features.add(candidate.feature)
    group.findings++
    const page = `${candidate.locale}/${candidate.page}`
    if (candidate.seen === false) group.newer.add(page)
    else group.pages.add(page)
  }
  for (const id of settings.pin) {
    if (!groups.has(id)) groups.set(id, {rule: id.slice(0, id.indexOf(': ')), pages: new Set(), newer: new Set(), features: new Set(), side: 'dropped', findings: 0})
  }
  const conventions: Convention[] = []
  for (const [id, group] of groups) {
    // A page that shows the difference both before and after the source had it is no support.
    for (const page of group.newer) group.pages.delete(page)
    const locales = new Set([...group.pages].map((page) => page.slice(0, page.indexOf('/'))))
    const share = shareOf(group, site)
    const supported = settings.learn && group.pages.size >= settings.minPages && locales.size >= settings.minLocales && share >= settings.minShare
    const status = settings.off.includes(id) ? 'off' : settings.pin.includes(id) ? 'pinned' : supported ? 'learned' : 'candidate'
    conventions.push({id, rule: group.rule, status, pages: group.pages.size, locales: [...locales].sort(), newer: group.newer.size, share, findings: group.findings})
  }
  return conventions.sort((a, b) => b.pages - a.pages || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Whether a convention's findings are left out of the report. */
export function isApplied(convention: Convention): boolean {
  return convention.status === 'learned' || convention.status === 'pinned'
}

/** Share of the pages that could show a difference that do; 1 for a difference about a section's place (any page could). */
function shareOf(group: {pages: Set<string>; features: Set<string>; side: 'dropped' | 'added'}, site: ConventionPages): number {
  if (group.features.size === 0) return 1
  let eligible = site.translated
  if (group.side === 'dropped') {
    const pages = new Set(group.pages)
    for (const feature of group.features) for (const page of site.withFeature(feature)) pages.add(page)
    eligible = pages.size
  }
  return eligible === 0 ? 0 : Math.round((group.pages.size / eligible) * 100) / 100
}
