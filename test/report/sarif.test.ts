import {readFile} from 'node:fs/promises'
import path from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {formatSarif} from '../../src/engine/report/format-sarif.ts'
import {checkFiles} from '../helpers.ts'

// The SARIF 2.1.0 schema (draft-04), as shipped in the npm package @microsoft/jest-sarif@1.0.0-beta.0
// (lib/schemas/sarif-2.1.0-rtm.5.json, MIT): the RTM schema of the OASIS SARIF 2.1.0 standard,
// also published by SchemaStore and in oasis-tcs/sarif-spec. Its `language` pattern is not a valid
// Unicode regular expression, hence `unicodeRegExp: false`.
const schema = JSON.parse(await readFile(path.join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8'))

async function validate(sarif: string) {
  // Both are CommonJS: `.default` is the class (and the plugin) under Node's and Vitest's interop alike.
  const ajv = new AjvDraft04.default({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats.default(ajv)
  const valid = ajv.validate(schema, JSON.parse(sarif))
  return valid ? [] : ajv.errors
}

describe('SARIF', () => {
  it('the seed report is valid SARIF 2.1.0', async () => {
    const sarif = await readFile(path.join(import.meta.dirname, '__golden__/seed.sarif'), 'utf8')
    expect(await validate(sarif)).toEqual([])
  })

  it('points at the translation, relates the source section, links the rule docs', async () => {
    const {report} = await checkFiles({
      'en/guide.md': '---\ntitle: Guide\n---\n\nIntro.\n\n## Install\n\nRun `npm install`.\n\n## Use it\n\nThen run `npm start`.\n',
      'es/my guide#1.md': '---\ntitle: Guía\n---\n\nIntro.\n',
      'es/guide.md': '---\ntitle: Guía\n---\n\nIntroducción.\n\n## Instalar\n\nEjecuta `npm install`.\n'
    })
    const sarif = formatSarif(report)
    expect(await validate(sarif)).toEqual([])
    const run = JSON.parse(sarif).runs[0]
    const missing = run.results.find((result: {ruleId: string}) => result.ruleId === 'missing-section')
    expect(missing.locations[0].physicalLocation.artifactLocation.uri).toBe('content/es/guide.md')
    expect(missing.relatedLocations[0].physicalLocation).toEqual({artifactLocation: {uri: 'content/en/guide.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 11}})
    expect(missing.relatedLocations[0].message.text).toBe('The en source section “Use it”')
    const rule = run.tool.driver.rules[missing.ruleIndex]
    expect(rule.id).toBe('missing-section')
    expect(rule.helpUri).toBe(report.diagnostics.find((diagnostic) => diagnostic.rule === 'missing-section')!.url)
    const orphan = run.results.find((result: {ruleId: string}) => result.ruleId === 'orphan-page')
    expect(orphan.locations[0].physicalLocation.artifactLocation.uri).toBe('content/es/my%20guide%231.md')
  })
})
