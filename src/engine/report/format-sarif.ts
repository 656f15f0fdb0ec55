import {createHash} from 'node:crypto'
import {rules} from '../rules/index.ts'
import type {Diagnostic} from '../rules/types.ts'
import {findingId, findingKey} from './finding-key.ts'
import {compare} from './sort-diagnostics.ts'
import {sourceSections} from './source-sections.ts'
import type {Report} from './types.ts'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/**
 * The report as SARIF 2.1.0, for code-scanning uploads: one run, a rule per rule id that has
 * results (`helpUri` is its docs page), each result on the translated file with the source
 * section as a related location. Paths stay relative to the checkout (`%SRCROOT%`).
 */
export function formatSarif(report: Report): string {
  const titleOf = sourceSections(report)
  const ids = [...new Set(report.diagnostics.map((diagnostic) => diagnostic.rule))].sort(compare)
  const index = new Map(ids.map((id, position) => [id, position]))
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Lockstep',
            version: report.tool.version,
            informationUri: 'https://github.com/lockstep-docs/lockstep',
            rules: ids.map((id) => ruleDescriptor(id, report.diagnostics.find((diagnostic) => diagnostic.rule === id)!))
          }
        },
        columnKind: 'utf16CodeUnits',
        results: report.diagnostics.map((diagnostic) => result(diagnostic, index.get(diagnostic.rule)!, titleOf(diagnostic), report.sourceLocale))
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function ruleDescriptor(id: string, example: Diagnostic) {
  // Reports merged from another version may name rules this build lacks: the id still describes them.
  const rule = rules.find((each) => each.id === id)
  const descriptor: Record<string, unknown> = {id, shortDescription: {text: rule?.description ?? id}, helpUri: example.url}
  if (rule) {
    descriptor.fullDescription = {text: rule.docs}
    if (rule.severity !== 'off') descriptor.defaultConfiguration = {level: levels[rule.severity]}
  }
  return descriptor
}

function result(diagnostic: Diagnostic, ruleIndex: number, sectionTitle: string | undefined, sourceLocale: string) {
  const entry: Record<string, unknown> = {
    ruleId: diagnostic.rule,
    ruleIndex,
    level: levels[diagnostic.severity],
    message: {text: diagnostic.message},
    locations: [location(diagnostic.file, diagnostic.line, diagnostic.column)]
  }
  if (diagnostic.source) {
    const label = sectionTitle === undefined ? `The ${sourceLocale} source` : `The ${sourceLocale} source section “${sectionTitle}”`
    entry.relatedLocations = [{id: 1, ...location(diagnostic.source.file, diagnostic.source.line), message: {text: label}}]
  }
  // Line-free, so code scanning keeps tracking one alert while lines above it are edited.
  entry.partialFingerprints = {'lockstepFinding/v1': createHash('sha256').update(findingId(findingKey(diagnostic, sectionTitle))).digest('hex').slice(0, 32)}
  return entry
}

function location(file: string, line: number, column?: number) {
  const region: Record<string, number> = {startLine: Math.max(1, line)}
  if (column !== undefined) region.startColumn = Math.max(1, column)
  return {physicalLocation: {artifactLocation: {uri: fileUri(file), uriBaseId: '%SRCROOT%'}, region}}
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `?` are legal in file names). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}
