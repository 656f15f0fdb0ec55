import type {Diagnostic} from '../rules/types.ts'
import {compare} from './sort-diagnostics.ts'
import type {Report} from './types.ts'

/**
 * The report as JUnit XML, which GitLab, Jenkins and Azure Pipelines show as test results: a
 * suite per locale, a test case per page that fails when it has errors. Warnings and infos go to
 * the case's `system-out`, so they are visible without failing the pipeline's test view.
 */
export function formatJunit(report: Report): string {
  const suites = new Map<string, Map<string, {file: string; diagnostics: Diagnostic[]}>>()
  const caseOf = (suite: string, name: string, file: string) => {
    let cases = suites.get(suite)
    if (!cases) suites.set(suite, (cases = new Map()))
    let entry = cases.get(name)
    if (!entry) cases.set(name, (entry = {file, diagnostics: []}))
    return entry
  }
  for (const page of report.pages) caseOf(page.locale, page.page, page.file)
  for (const diagnostic of report.diagnostics) caseOf(diagnostic.locale || '(content)', diagnostic.page || diagnostic.file, diagnostic.file).diagnostics.push(diagnostic)

  const total = [...suites.values()].reduce((sum, cases) => sum + cases.size, 0)
  const failed = (cases: Map<string, {diagnostics: Diagnostic[]}>) => [...cases.values()].filter((entry) => entry.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).length
  const failures = [...suites.values()].reduce((sum, cases) => sum + failed(cases), 0)
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="lockstep" tests="${total}" failures="${failures}" errors="0">`]
  for (const suite of [...suites.keys()].sort(compare)) {
    const cases = suites.get(suite)!
    lines.push(`  <testsuite name="${attribute(suite)}" tests="${cases.size}" failures="${failed(cases)}" errors="0" skipped="0">`)
    for (const name of [...cases.keys()].sort(compare)) {
      const {file, diagnostics} = cases.get(name)!
      const open = `    <testcase classname="${attribute(suite)}" name="${attribute(name)}" file="${attribute(file)}"`
      if (diagnostics.length === 0) {
        lines.push(`${open}/>`)
        continue
      }
      lines.push(`${open}>`)
      const failing = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
      if (failing.length > 0) {
        lines.push(`      <failure message="${attribute(`${failing.length} error${failing.length === 1 ? '' : 's'}: ${failing[0]!.message}`)}" type="${attribute(failing[0]!.rule)}">${text(failing.map(describe).join('\n'))}</failure>`)
      }
      const rest = diagnostics.filter((diagnostic) => diagnostic.severity !== 'error')
      if (rest.length > 0) lines.push(`      <system-out>${text(rest.map(describe).join('\n'))}</system-out>`)
      lines.push('    </testcase>')
    }
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>')
  return lines.join('\n') + '\n'
}

function describe(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.rule}, ${diagnostic.url})`
}

function text(value: string): string {
  // Characters XML 1.0 cannot carry at all (control characters) are dropped rather than escaped.
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function attribute(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;')
}
