import {githubAlertMarker} from '../sections/github-alert.ts'
import type {SectionSummary} from '../sections/types.ts'
import {editDistanceWithin} from './edit-distance-within.ts'
import {linkKey} from './link-key.ts'
import type {ChangeKind} from './types.ts'

/**
 * How a source section differs from the same section at the base: prose (or only a typo),
 * code, links, components. Empty when a reader would see no difference.
 */
export function sectionChangeKinds(before: SectionSummary, after: SectionSummary, typoChars: number): ChangeKind[] {
  const kinds: ChangeKind[] = []
  const oldProse = prose(before)
  const newProse = prose(after)
  let typo = false
  if (oldProse !== newProse) {
    if (editDistanceWithin(oldProse, newProse, typoChars) <= typoChars) typo = true
    else kinds.push('prose')
  }
  const oldCode = codeValues(before)
  const newCode = codeValues(after)
  if (oldCode.join('\u0000') !== newCode.join('\u0000')) {
    // Re-indenting a block or re-wrapping inline code changes no token.
    const squash = (values: string[]) => values.map((value) => value.replace(/\s+/g, ' ').trim()).join('\u0000')
    if (squash(oldCode) === squash(newCode)) typo = true
    else kinds.push('code')
  }
  if (before.links.map(linkKey).join('\n') !== after.links.map(linkKey).join('\n')) kinds.push('links')
  // A card, component or shortcode added, removed or pointed elsewhere changes what the section
  // shows though no sentence did (its title and description are attributes); moved within the section, it does not.
  if (componentKeys(before).join('\n') !== componentKeys(after).join('\n')) kinds.push('components')
  if (typo && kinds.length === 0) kinds.push('typo')
  return kinds
}

/**
 * Callouts (Docsy's `alert`, a GitHub alert, Hugo's `note`, Starlight's `<Aside>`): what they say
 * is prose, compared as prose; text moved into or out of one, or a callout rewritten in another
 * syntax (`{{% alert %}}` to `> [!NB]`), changes how it is shown, not what it says.
 */
const callouts = new Set(['alert', 'note', 'tip', 'caution', 'warning', 'danger', 'important', 'Aside'])

/** The keys of a section's components and shortcodes but callouts (`LinkCard href=…`, `include`), sorted. */
export function componentKeys(section: SectionSummary): string[] {
  return section.shortcodes
    .map((shortcode) => shortcode.key)
    .filter((key) => !callouts.has(key.split(' ')[0]!))
    .sort()
}

/**
 * The words a reader reads in a section, in order, written the same way whichever markup carries
 * them: a link's own text is already in its paragraph (so moving where a link starts or ends
 * changes nothing), and a callout's title reads the same from Docsy's `{{% alert title="…" %}}`
 * and from a GitHub alert (`> [!NOTE] …`, or `> [!NOTE]` alone, titled “Note”), the form sites
 * move their callouts to.
 */
function prose(section: SectionSummary): string {
  const parts: Array<{line: number; title: boolean; text: string}> = []
  for (const block of section.text) {
    if (block.kind === 'link') continue
    const alert = githubAlertMarker.exec(block.text)
    const text = alert ? block.text.slice(alert[0].length) || alert[1]![0]!.toUpperCase() + alert[1]!.slice(1).toLowerCase() : block.text
    parts.push({line: block.line, title: false, text})
  }
  for (const shortcode of section.shortcodes) {
    const title = /^alert\b/.test(shortcode.key) ? alertTitle(shortcode.raw) : undefined
    if (title) parts.push({line: shortcode.line, title: true, text: title})
  }
  // A callout's title comes before text that starts on its line (`{{% alert title="…" %}} Text`).
  parts.sort((a, b) => a.line - b.line || Number(b.title) - Number(a.title))
  return [section.title, ...parts.map((part) => part.text)].join('\n').replace(/\s+/g, ' ').trim()
}

/** The section's code values in order, with the `<code>` of a Docsy alert's title where a GitHub alert has `` `code` ``. */
function codeValues(section: SectionSummary): string[] {
  const codes = section.codes.map((code) => ({line: code.line, column: code.column, value: code.value}))
  for (const shortcode of section.shortcodes) {
    if (!/^alert\b/.test(shortcode.key)) continue
    for (const match of titleArgument(shortcode.raw)?.matchAll(/<code>(.*?)<\/code>/g) ?? []) codes.push({line: shortcode.line, column: shortcode.column, value: match[1]!})
  }
  return codes.sort((a, b) => a.line - b.line || a.column - b.column).map((code) => code.value)
}

/** The `title` argument of a Hugo `{{% alert … %}}` tag as a reader sees it: no inline code, no tags. */
function alertTitle(raw: string): string | undefined {
  return titleArgument(raw)?.replace(/<code>.*?<\/code>/g, ' ').replace(/<[^>]*>/g, '')
}

function titleArgument(raw: string): string | undefined {
  const match = /\btitle=(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s%>}]+))/.exec(raw)
  return match ? (match[1]?.replaceAll('\\"', '"') ?? match[2] ?? match[3]) : undefined
}
