import type {Diagnostic} from '../rules/types.ts'
import type {Report} from './types.ts'

/**
 * The title of the source section a diagnostic points to, looked up in the report's alignments
 * (aligned or missing sections of the same page); undefined when the report does not name it.
 */
export function sourceSections(report: Report): (diagnostic: Diagnostic) => string | undefined {
  const titles = new Map<string, string>()
  for (const page of report.pages) {
    if (page.sourceFile === null) continue
    for (const section of page.sections) if (section.source) titles.set(`${page.sourceFile}\u0000${section.source.line}`, section.source.title)
    for (const section of page.missing) titles.set(`${page.sourceFile}\u0000${section.line}`, section.title)
  }
  return (diagnostic) => (diagnostic.source ? titles.get(`${diagnostic.source.file}\u0000${diagnostic.source.line}`) : undefined)
}
