import type {Diagnostic} from '../rules/types.ts'
import {neutralize} from './neutralize.ts'
import type {Report} from './types.ts'
import {plural} from './plural.ts'

/** Options of `formatGithub`. */
export interface GithubOptions {
  /**
   * Annotations of each kind one step may show. GitHub keeps at most 10 error and 10 warning
   * annotations per step (and 50 per job), silently dropping the rest; we stop there ourselves
   * and say how many were left out. Notices get the same cap, which keeps a step under 50.
   */
  perKind?: number
}

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * The report as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`),
 * which annotate the pull request's files, then one plain line counting what was not annotated.
 */
export function formatGithub(given: Report, options: GithubOptions = {}): string {
  // Strings from pages, pins, file names and git lose their control characters (`neutralize`).
  const report = neutralize(given)
  const perKind = options.perKind ?? 10
  const shown = {error: 0, warning: 0, info: 0}
  const lines: string[] = []
  const left: Diagnostic[] = []
  for (const diagnostic of report.diagnostics) {
    if (shown[diagnostic.severity] >= perKind) {
      left.push(diagnostic)
      continue
    }
    shown[diagnostic.severity]++
    lines.push(annotation(diagnostic))
  }
  if (left.length > 0) {
    const count = (severity: Diagnostic['severity']) => left.filter((diagnostic) => diagnostic.severity === severity).length
    const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'notice')].filter((part) => !part.startsWith('0 '))
    lines.push(`Lockstep: ${plural(left.length, 'more finding')} not annotated (${parts.join(', ')}): GitHub shows at most ${perKind} annotations of each kind per step. See the full report.`)
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

function annotation(diagnostic: Diagnostic): string {
  const properties = [`file=${escapeProperty(diagnostic.file)}`, `line=${diagnostic.line}`, `col=${diagnostic.column}`, `title=${escapeProperty(`${diagnostic.rule} (${diagnostic.locale || 'content'})`)}`]
  return `::${commands[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}`
}

/** Escape a command's message the way @actions/core does: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a command property: as data, plus the `:` and `,` that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
