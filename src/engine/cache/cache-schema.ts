import {z} from 'zod'
import type {Alignment} from '../align/types.ts'
import type {FileCommit} from '../history/read-file-log.ts'
import type {SourceChanges} from '../history/types.ts'
import type {SectionBody} from './lazy-sections.ts'
import type {ResultEntry} from './result-cache.ts'
import {diagnosticSchema, type Same} from '../report/report-schema.ts'
import type {PageSummary} from '../sections/types.ts'

const point = {line: z.number().int().min(0), column: z.number().int().min(0)}
const strings = z.array(z.string())

const sectionSchema = z.strictObject({
  ...point,
  level: z.number().int().min(0),
  title: z.string(),
  id: z.string(),
  slug: z.string(),
  explicitId: z.string().optional(),
  headingKey: z.string().optional(),
  keepLanguage: z.string().optional(),
  original: z.string().optional(),
  scaffold: z.boolean().optional(),
  endLine: z.number().int().min(0),
  signature: z.strictObject({links: strings, code: strings, blocks: strings, numbers: strings, shortcodes: strings, terms: strings, shape: strings, size: z.number().min(0)}),
  text: z.array(z.strictObject({...point, kind: z.enum(['heading', 'paragraph', 'link', 'cell', 'title']), text: z.string()})),
  links: z.array(z.strictObject({...point, url: z.string(), target: z.string(), text: z.string()})),
  codes: z.array(z.strictObject({...point, inline: z.boolean(), value: z.string(), lang: z.string().optional()})),
  shortcodes: z.array(z.strictObject({...point, key: z.string(), raw: z.string(), inline: z.boolean(), renders: z.literal(true).optional()}))
})

/** A page's summary as the summary cache holds it (`PageSummary`). */
export const pageSummarySchema = z.strictObject({
  file: z.string(),
  locale: z.string(),
  page: z.string(),
  hash: z.string(),
  lines: z.number().int().min(1),
  title: z.string().optional(),
  frontmatter: z.record(z.string(), z.unknown()).nullable(),
  frontmatterLines: z.record(z.string(), z.number()),
  sections: z.array(sectionSchema),
  anchors: strings,
  features: strings,
  problems: z.array(z.strictObject({...point, ruleId: z.enum(['parse-error', 'markup-error']), message: z.string()})),
  failed: z.boolean(),
  skipped: z.string().optional()
})

const placeholder = z.literal(0)

/** A page's summary as the summary cache's first line holds it: each section's body fields a `0` placeholder (`splitSummary`). */
export const summaryHeadSchema = pageSummarySchema.extend({sections: z.array(sectionSchema.extend({signature: placeholder, text: placeholder, codes: placeholder, links: placeholder}))})

/** The bodies of a page's sections (`SectionBody`), on the summary cache's second line, read when a reader needs them. */
export const sectionBodiesSchema = z.array(sectionSchema.pick({signature: true, text: true, codes: true, links: true}))

/** An alignment as the result cache holds it (`Alignment`). */
export const alignmentSchema = z.strictObject({
  pairs: z.array(z.strictObject({source: z.number().int().min(0), target: z.number().int().min(0), confidence: z.number(), relation: z.enum(['match', 'moved', 'split', 'merged']), reasons: strings, rival: z.number().int().min(0).optional()})),
  unmatchedSource: z.array(z.number().int().min(0)),
  unmatchedTarget: z.array(z.number().int().min(0))
})

/** The language verdicts a page's rules asked for, by text key (`ResultEntry['verdicts']`). */
export const verdictsSchema = z.record(z.string(), z.enum(['source', 'target', 'unknown']))

/** A page's alignment and findings as the result cache holds them (`ResultEntry`). */
export const resultEntrySchema = z.strictObject({
  alignmentKey: z.string(),
  alignment: alignmentSchema.optional(),
  diagnosticsKey: z.string(),
  reads: strings,
  readsKey: z.string(),
  diagnostics: z.array(diagnosticSchema),
  verdicts: verdictsSchema.optional()
})

/** What changed in a source page since a base, as the history cache holds it (`SourceChanges`). */
export const sourceChangesSchema = z.strictObject({
  sections: z.array(z.strictObject({change: z.enum(['unchanged', 'changed', 'added', 'moved']), kinds: z.array(z.enum(['prose', 'typo', 'code', 'links', 'components', 'frontmatter'])), baseIndex: z.number().int().min(0).optional(), baseLevel: z.number().int().min(0).optional(), gone: z.strictObject({code: strings, links: strings, components: strings.optional()}).optional()})),
  removed: z.array(z.strictObject({index: z.number().int().min(0), title: z.string(), level: z.number().int(), target: z.number().int().min(0).optional(), confidence: z.number().optional()})),
  trivial: z.boolean(),
  unchanged: z.boolean(),
  features: z.strictObject({added: strings, removed: strings}).optional()
})

const fileCommitSchema = z.strictObject({hash: z.string(), ignored: z.boolean(), from: z.string().optional()})

/** The commit graph and the content folder's file log, as the history index cache holds them. */
export const gitIndexSchema = z.strictObject({
  graph: z.array(z.tuple([z.string(), z.number(), strings])),
  log: z.array(z.tuple([z.string(), z.array(fileCommitSchema)]))
})
export type GitIndexEntry = z.output<typeof gitIndexSchema>

// The schemas are the types: each side must accept the other, or this does not compile.
const typesMatch: [Same<z.output<typeof pageSummarySchema>, PageSummary>, Same<z.output<typeof alignmentSchema>, Alignment>, Same<z.output<typeof sourceChangesSchema>, SourceChanges>, Same<z.output<typeof resultEntrySchema>, ResultEntry>, Same<z.output<typeof fileCommitSchema>, FileCommit>, Same<z.output<typeof sectionBodiesSchema>[number], SectionBody>] = [true, true, true, true, true, true]
void typesMatch
