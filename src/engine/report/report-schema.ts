import {z} from 'zod'
import type {Diagnostic} from '../rules/types.ts'
import type {Report} from './types.ts'

const point = {line: z.number().int().min(1), column: z.number().int().min(1)}

/** A finding as the JSON report and the caches hold it (`Diagnostic`). */
export const diagnosticSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  locale: z.string(),
  page: z.string(),
  file: z.string(),
  ...point,
  message: z.string(),
  source: z.strictObject({file: z.string(), line: z.number().int().min(1)}).optional(),
  url: z.string(),
  difference: z.strictObject({key: z.string(), feature: z.string().optional(), side: z.enum(['dropped', 'added'])}).optional()
})

const sectionRef = {line: z.number().int().min(0), level: z.number().int().min(0), title: z.string(), id: z.string()}
const sourceChange = z.enum(['unchanged', 'changed', 'added', 'moved'])

/** One page of one locale in the JSON report (`PageReport`). */
export const pageReportSchema = z.strictObject({
  page: z.string(),
  locale: z.string(),
  file: z.string(),
  sourceFile: z.string().nullable(),
  status: z.enum(['translated', 'missing', 'orphan']),
  coverage: z.number().min(0).max(1),
  sections: z.array(
    z.strictObject({
      ...sectionRef,
      source: z.strictObject(sectionRef).nullable(),
      confidence: z.number().optional(),
      relation: z.string().optional(),
      reasons: z.array(z.string()).optional(),
      sourceChange: sourceChange.optional(),
      changeKinds: z.array(z.enum(['prose', 'typo', 'code', 'links', 'components', 'frontmatter'])).optional()
    })
  ),
  missing: z.array(z.strictObject({...sectionRef, sourceChange: sourceChange.optional()})),
  base: z.strictObject({commit: z.string().nullable(), date: z.string().nullable(), from: z.enum(['pin', 'history', 'unknown'])}),
  behind: z.number().int().min(0).nullable(),
  baseReason: z.string().optional(),
  removedSinceBase: z.array(z.strictObject({title: z.string(), level: z.number().int()})).optional()
})

/**
 * The JSON report, schema version 1 (`Report`): `lockstep-report.schema.json` is generated from
 * it, and `merge-reports` validates its inputs with it.
 */
export const reportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  tool: z.strictObject({name: z.literal('lockstep'), version: z.string()}),
  root: z.string(),
  sourceLocale: z.string(),
  locales: z.array(z.string()),
  pages: z.array(pageReportSchema),
  diagnostics: z.array(diagnosticSchema),
  conventions: z.array(
    z.strictObject({
      id: z.string(),
      rule: z.string(),
      status: z.enum(['learned', 'pinned', 'off', 'candidate']),
      pages: z.number().int().min(0),
      locales: z.array(z.string()),
      newer: z.number().int().min(0),
      share: z.number().min(0).max(1),
      findings: z.number().int().min(0)
    })
  ),
  summary: z.strictObject({pages: z.number().int().min(0), errors: z.number().int().min(0), warnings: z.number().int().min(0), infos: z.number().int().min(0)})
})

/** JSON schema of the report, for other tools (`lockstep-report.schema.json`). */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema, {io: 'output'})
}

// The schemas are the types: each side must accept the other, or this does not compile.
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const typesMatch: [Same<z.output<typeof diagnosticSchema>, Diagnostic>, Same<z.output<typeof reportSchema>, Report>] = [true, true]
void typesMatch
