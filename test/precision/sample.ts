import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {CorpusFinding} from './corpora.ts'

/** Where the labelled sample lives. */
export const sampleFile = path.join(import.meta.dirname, 'sample.json')
/** The published per-rule precision, read by the rule-docs generator. */
export const precisionFile = path.resolve(import.meta.dirname, '../../docs/rules/precision.json')

/** A translator's verdict on a finding, after opening both files. */
export type Label = 'true' | 'false' | 'debatable'

/** One drawn finding and its label. */
export interface SampleEntry {
  /** Stable identity across runs: corpus, file, rule and message (numbers and hashes left out). */
  key: string
  corpus: string
  rule: string
  severity: string
  file: string
  /** Line when drawn (for the reader; not part of the key). */
  line: number
  message: string
  /** `null` until a person labels it. */
  label: Label | null
  reason: string
  /**
   * A true finding the report no longer gives, kept in the sample with why its loss was accepted:
   * the corpus test fails on any other lost true finding, and on this one once it is found again.
   */
  lost?: string
}

/**
 * A part of the report sampled on its own, beyond the per-rule draw: e.g. the history findings of
 * one corpus, judged against the English diff since each translation's pin.
 */
export interface Stratum {
  corpus: string
  rules: string[]
  /** Findings per rule of this corpus, drawn in the same seeded order. */
  perRule: number
  /** Why this part is sampled on its own. */
  why: string
}

/** The sample file: the seed and size of the draw, the strata, and every entry ever drawn. */
export interface Sample {
  seed: number
  perRule: number
  strata?: Stratum[]
  entries: SampleEntry[]
}

/** One rule's row of the precision table. */
export interface PrecisionRow {
  rule: string
  /** Labelled findings of the sample still in the report. */
  sampled: number
  true: number
  false: number
  debatable: number
  /** true / (true + false); `null` with nothing to judge. */
  precision: number | null
}

/** Only findings a CI run stops or warns on are measured. */
export const measured = (finding: {severity: string}) => finding.severity === 'warning' || finding.severity === 'error'

/**
 * The stable key of each finding, in order: numbers and commit hashes in the message change with
 * history and line shifts, the words do not. Findings with the same key are numbered by line.
 */
export function keysOf(findings: readonly CorpusFinding[]): string[] {
  const seen = new Map<string, number>()
  const order = findings.map((finding, index) => ({finding, index})).sort((a, b) => a.finding.line - b.finding.line || a.index - b.index)
  const keys: string[] = new Array(findings.length)
  for (const {finding, index} of order) {
    const base = baseKey(finding)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    keys[index] = count === 0 ? base : `${base}|${count + 1}`
  }
  return keys
}

/**
 * A finding's key without its occurrence number: what it is about, not how the message words the
 * details around it. A missing section is its title (where it belongs may change with the
 * aligner), an outdated page is its file (the tally of changes may change with the history
 * stage), a broken anchor is its fragment and target (the rescue note may come and go).
 */
export function baseKey(finding: Pick<CorpusFinding, 'corpus' | 'file' | 'rule' | 'message'>): string {
  let message = finding.message
  if (finding.rule === 'missing-section') message = /^Missing section “.*?” \(H\d\)/.exec(message)?.[0] ?? message
  else if (finding.rule === 'outdated-page') message = message.replace(/ \(.*$/s, '')
  else if (finding.rule === 'broken-anchor') message = message.replace(/; Lockstep’s aligned site rescues it.*$/s, '')
  message = message.replace(/\b[0-9a-f]{7,40}\b/g, '#').replace(/\d+(?:[.,]\d+)*/g, '#')
  return `${finding.corpus}|${finding.file}|${finding.rule}|${message}`
}

/** A key's place in the seeded random order: independent of which other findings exist. */
function rank(seed: number, key: string): string {
  return createHash('sha1').update(`${seed}\u0000${key}`).digest('hex')
}

/**
 * Top up the sample from a fresh report: every rule gets `perRule` entries still in the report
 * (all of its findings where it has fewer), drawn in the seeded random order. Entries already
 * in the sample keep their labels; entries no longer in the report stay, so the test can tell a
 * fixed false alarm from a lost true finding.
 */
export function drawSample(sample: Sample, findings: readonly CorpusFinding[]): {sample: Sample; added: number} {
  const keys = keysOf(findings)
  const byKey = new Map(sample.entries.map((entry) => [entry.key, entry]))
  const candidates = new Map<string, Array<{key: string; finding: CorpusFinding}>>()
  findings.forEach((finding, index) => {
    if (!measured(finding)) return
    const list = candidates.get(finding.rule) ?? []
    list.push({key: keys[index]!, finding})
    candidates.set(finding.rule, list)
  })
  let added = 0
  const entries = [...sample.entries]
  const top = (list: Array<{key: string; finding: CorpusFinding}>, count: number) => {
    list.sort((a, b) => (rank(sample.seed, a.key) < rank(sample.seed, b.key) ? -1 : 1))
    let present = list.filter((candidate) => byKey.has(candidate.key)).length
    for (const {key, finding} of list) {
      if (present >= count) break
      if (byKey.has(key)) continue
      const entry: SampleEntry = {key, corpus: finding.corpus, rule: finding.rule, severity: finding.severity, file: finding.file, line: finding.line, message: finding.message, label: null, reason: ''}
      entries.push(entry)
      byKey.set(key, entry)
      present++
      added++
    }
  }
  for (const list of candidates.values()) top(list, sample.perRule)
  for (const stratum of sample.strata ?? []) {
    for (const rule of stratum.rules) top(candidates.get(rule)?.filter(({finding}) => finding.corpus === stratum.corpus) ?? [], stratum.perRule)
  }
  entries.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {sample: {...sample, entries}, added}
}

/** Precision per rule over the sampled findings that are still in the report. */
export function precisionOf(sample: Sample, findings: readonly CorpusFinding[]): PrecisionRow[] {
  const present = new Set(keysOf(findings))
  const rows = new Map<string, PrecisionRow>()
  for (const entry of sample.entries) {
    if (!present.has(entry.key) || entry.label === null) continue
    const row = rows.get(entry.rule) ?? {rule: entry.rule, sampled: 0, true: 0, false: 0, debatable: 0, precision: null}
    row.sampled++
    row[entry.label]++
    rows.set(entry.rule, row)
  }
  for (const row of rows.values()) row.precision = row.true + row.false > 0 ? row.true / (row.true + row.false) : null
  return [...rows.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1))
}

/** The table as Markdown, for the README and the console. */
export function formatPrecision(rows: readonly PrecisionRow[]): string {
  const lines = ['| rule | sampled | true | false | debatable | precision |', '| --- | ---: | ---: | ---: | ---: | ---: |']
  for (const row of rows) lines.push(`| \`${row.rule}\` | ${row.sampled} | ${row.true} | ${row.false} | ${row.debatable} | ${row.precision === null ? '–' : `${(row.precision * 100).toFixed(0)} %`} |`)
  return lines.join('\n')
}

export function readSample(): Sample {
  return fs.existsSync(sampleFile) ? (JSON.parse(fs.readFileSync(sampleFile, 'utf8')) as Sample) : {seed: 9, perRule: 20, entries: []}
}

export function writeSample(sample: Sample): void {
  fs.writeFileSync(sampleFile, JSON.stringify(sample, null, 2) + '\n')
}
