import type {Diagnostic} from '../rules/types.ts'

/** What identifies a finding across edits: no line numbers, so an unrelated edit above it keeps its key. */
export interface FindingKey {
  rule: string
  locale: string
  page: string
  /** Title of the source section the finding points to (empty when it points to none). */
  section: string
  /** The message with line numbers taken out. */
  message: string
}

/** A diagnostic's key, given the title of its source section. */
export function findingKey(diagnostic: Diagnostic, section: string | undefined): FindingKey {
  return {rule: diagnostic.rule, locale: diagnostic.locale, page: diagnostic.page, section: section ?? '', message: stripLines(diagnostic.message)}
}

/** The key as one string, for maps and fingerprints. */
export function findingId(key: FindingKey): string {
  return [key.rule, key.locale, key.page, key.section, key.message].join('\u0000')
}

function stripLines(message: string): string {
  // Messages may cite places (`source line 12`, `L12`, `3:7`); those move with every edit above them.
  return message
    .replace(/\b(lines?)\s+\d+(?:\s*[-–]\s*\d+)?/gi, '$1 #')
    .replace(/\bL\d+\b/g, 'L#')
    .replace(/\b\d+:\d+\b/g, '#:#')
}
