import {scaffoldMarker} from '../sections/scaffold-marker.ts'
import type {SectionSummary} from '../sections/types.ts'

/**
 * The text of a source section as a scaffold for a translation: its heading (with its id, as
 * written), the untranslated marker under it, and its own content, up to its last block.
 */
export function scaffoldSection(sourceText: string, section: SectionSummary, options: {mdx: boolean; eol: string}): string {
  const lines = sourceText.split(/\r?\n/).slice(section.line - 1, Math.max(section.endLine, section.line))
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop()
  const [heading, ...rest] = lines
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift()
  return [heading!, '', scaffoldMarker(options.mdx), ...(rest.length > 0 ? ['', ...rest] : [])].join(options.eol)
}
