import type {PageSummary} from '../sections/types.ts'

/** What a pin must look like: a commit hash, abbreviated or full (SHA-1 or SHA-256), and nothing else. */
const pinPattern = /^[0-9a-f]{4,64}$/i

/** The pins of these translations that are asked of git. */
export function pinNamesOf(targets: Iterable<PageSummary>, key: string): Set<string> {
  const names = new Set<string>()
  for (const target of targets) {
    const pin = pinOf(target, key)
    // Only hashes go to git: `<hash> junk` would be half-read, `main` or `HEAD~1` would move.
    if (pin !== undefined && pinPattern.test(pin)) names.add(pin)
  }
  return names
}

/** The pin in a translation's front matter, as a string (YAML reads an all-digit hash as a number). */
export function pinOf(target: PageSummary, key: string): string | undefined {
  const value = target.frontmatter?.[key]
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}
