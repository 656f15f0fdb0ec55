import type {SectionSummary} from '../sections/types.ts'

/**
 * The lines of a page that belong to each section: from its heading to the line before the next
 * heading of any rank (the introduction starts at line 1, front matter included).
 */
export function sectionLines(text: string, sections: readonly SectionSummary[]): string[][] {
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return sections.map((section, index) => {
    const start = index === 0 ? 1 : section.line
    const end = index + 1 < sections.length ? sections[index + 1]!.line - 1 : lines.length
    return lines.slice(start - 1, end)
  })
}
