import type {PageSummary} from './types.ts'

/** What kind of page feature a token names. */
export type FeatureKind = 'component' | 'frontmatter' | 'link'

/**
 * A page feature named the same on every page (`component:DontEditWarning`, `component:LinkCard href=…`, `frontmatter:i18nReady`,
 * `link:https://developer.mozilla.org/en-US/docs/Web`): what the history stage tracks as gained or
 * lost since a translation's base, and what a rule's finding names as its cause.
 */
export function featureToken(kind: FeatureKind, name: string): string {
  return `${kind}:${name}`
}

/** The name a shortcode or component is compared under (`feature-state v1.18 beta` → `feature-state`). */
export function componentName(key: string): string {
  return key.split(' ', 1)[0]!
}

/** Every feature token of a page, with how often it occurs. */
export function pageFeatureTokens(page: PageSummary): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1)
  for (const key of Object.keys(page.frontmatter ?? {})) add(featureToken('frontmatter', key))
  for (const section of page.sections) {
    for (const shortcode of section.shortcodes) add(featureToken('component', shortcode.key))
    for (const link of section.links) add(featureToken('link', link.target))
  }
  return counts
}
