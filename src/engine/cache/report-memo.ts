import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Report} from '../report/types.ts'
import {removeLeftovers, writeAtomically} from './cache-file.ts'

/** The last run's report and what it was made from besides its key: the pins it asked git for. */
export interface ReportMemo {
  report: Report
  /** Each pin of a translation and the commit git resolved it to then (`null`: it did not resolve). */
  pins: Array<[string, string | null]>
}

const name = 'report.json'

/**
 * The memo made under `key`, or undefined when there is none, it was made under another key, or
 * its report is not the bytes that were written (a file cut short or edited). The first line
 * holds the key, the pins and a checksum of the second, the report: a report that does not
 * match is never parsed.
 */
export async function readReportMemo(folder: string, key: string): Promise<ReportMemo | undefined> {
  await removeLeftovers(folder, `${name}.`)
  let bytes: Buffer
  try {
    bytes = await fs.readFile(path.join(folder, name))
  } catch {
    return undefined
  }
  const end = bytes.indexOf(10)
  if (end === -1) return undefined
  try {
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as {key?: unknown; sum?: unknown; pins?: unknown}
    const body = bytes.subarray(end + 1)
    if (head.key !== key || head.sum !== checksum(body) || !isPinList(head.pins)) return undefined
    return {report: JSON.parse(body.toString('utf8')) as Report, pins: head.pins}
  } catch {
    return undefined
  }
}

/** Keep `memo` under `key`, atomically (a temporary file renamed over the old memo). A memo that cannot be written only costs speed. */
export async function writeReportMemo(folder: string, key: string, memo: ReportMemo): Promise<void> {
  const body = Buffer.from(JSON.stringify(memo.report))
  await writeAtomically(path.join(folder, name), Buffer.concat([Buffer.from(`${JSON.stringify({key, sum: checksum(body), pins: memo.pins})}\n`), body]))
}

/** Remove the memo: a run whose report must not be reused (pages skipped) leaves none behind. */
export async function dropReportMemo(folder: string): Promise<void> {
  await fs.rm(path.join(folder, name), {force: true}).catch(() => {})
}

function checksum(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

function isPinList(value: unknown): value is Array<[string, string | null]> {
  return Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && (typeof pair[1] === 'string' || pair[1] === null))
}
