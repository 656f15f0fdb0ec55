import type {SectionSummary} from '../sections/types.ts'

/**
 * What a code or identifier heading names (`### \`start()\``, `#### RouteData.distURL`): its full
 * name and, for a qualified name, its last part. Translators keep such names as they are, so they
 * are the strongest evidence a reference page has; `undefined` for a heading of ordinary words.
 */
export interface HeadingName {
  /** The name without call parentheses or type suffixes (`start`, `RouteData.distURL`). */
  full: string
  /** The part after the last `.` (`distURL`); the full name when it has none. */
  last: string
}

// Issue 9's definition of an identifier: a `.`, `_`, `:`, `()` or `/`, or camelCase, and no space.
// ASCII only: a title in another script with a colon in it is prose, not a name.
const identifier = /^[A-Za-z_$@][\w$@.:/-]*(?:\(\))?$/
const marked = /[._:/]|\(\)$|[a-z][A-Z]/

/** The name a heading stands for: its inline code, else its text when that is an identifier. */
export function headingName(section: Pick<SectionSummary, 'level' | 'line' | 'title' | 'codes'>): HeadingName | undefined {
  if (section.level === 0) return undefined
  const code = section.codes.filter((entry) => entry.inline && entry.line === section.line).map((entry) => entry.value.trim())
  let full: string
  if (code.length > 0) full = code.join(' ')
  else if (identifier.test(section.title) && marked.test(section.title)) full = section.title
  else return undefined
  // `start()`, `start(options)` and `start` name the same function.
  full = full.replace(/\s*\([^()]*\)\s*$/, '').trim()
  if (full === '') return undefined
  const dot = full.lastIndexOf('.')
  return {full, last: dot > 0 && dot < full.length - 1 ? full.slice(dot + 1) : full}
}

/** How two headings' names relate: the same name, one the other's last part, different, or not comparable. */
export type NameMatch = 'same' | 'last' | 'different' | undefined

/** Compare the names of a source and a translated heading (`RouteData.distURL` ~ `distURL` is `last`). */
export function matchNames(source: HeadingName | undefined, target: HeadingName | undefined): NameMatch {
  if (!source || !target) return undefined
  if (source.full === target.full) return 'same'
  if (source.full === target.last || source.last === target.full) return 'last'
  return 'different'
}
