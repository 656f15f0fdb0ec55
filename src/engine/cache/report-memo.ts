import {createHash, type Hash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Report} from '../report/types.ts'
import {removeLeftovers, writeAtomically} from './cache-file.ts'

/** What a memo holds besides its key and report: the pins it asked git for, and the report's totals. */
export interface MemoHead {
  /** Each pin of a translation and the commit git resolved it to then (`null`: it did not resolve). */
  pins: Array<[string, string | null]>
  summary: Report['summary']
}

/**
 * The last run's report, found under its key and checked, not yet read: it is read when asked for,
 * whole (`report`) or as the bytes of the JSON format (`json`), which never holds it whole in memory,
 * so an unchanged run's memory does not grow with the site.
 */
export interface ReportMemo extends MemoHead {
  report(): Promise<Report>
  json(): AsyncIterable<Uint8Array>
}

const name = 'report.json'
const chunkSize = 1 << 20

/**
 * The memo made under `key`, or undefined when there is none, it was made under another key, or
 * its report is not the bytes that were written (a file cut short or edited). The first line holds
 * the key, the head and a checksum of the rest, the report in the JSON format: a report that does
 * not match is never parsed.
 */
export async function readReportMemo(folder: string, key: string): Promise<ReportMemo | undefined> {
  await removeLeftovers(folder, `${name}.`)
  const file = path.join(folder, name)
  let handle: fs.FileHandle
  try {
    handle = await fs.open(file)
  } catch {
    return undefined
  }
  try {
    const line = await firstLine(handle)
    if (!line) return undefined
    const head = JSON.parse(line.text) as {key?: unknown; sum?: unknown; pins?: unknown; summary?: unknown}
    if (head.key !== key || typeof head.sum !== 'string' || !isPinList(head.pins) || !isSummary(head.summary)) return undefined
    const sum = createHash('sha1')
    for await (const chunk of chunks(handle, line.end)) sum.update(chunk)
    if (sum.digest('hex') !== head.sum) return undefined
    return {pins: head.pins, summary: head.summary, report: () => readReport(file, line.end, head.sum as string), json: () => verified(file, line.end, head.sum as string)}
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

/**
 * Keep a report, in the JSON format (`formatJsonBytes`), under `key`, atomically (a temporary file
 * renamed over the old memo). A memo that cannot be written only costs speed.
 */
export async function writeReportMemo(folder: string, key: string, json: readonly Uint8Array[], head: MemoHead): Promise<void> {
  const sum = createHash('sha1')
  for (const chunk of json) sum.update(chunk)
  await writeAtomically(path.join(folder, name), [`${JSON.stringify({key, sum: sum.digest('hex'), pins: head.pins, summary: head.summary})}\n`, ...json])
}

/** Remove the memo: a run whose report must not be reused (pages skipped) leaves none behind. */
export async function dropReportMemo(folder: string): Promise<void> {
  await fs.rm(path.join(folder, name), {force: true}).catch(() => {})
}

async function readReport(file: string, start: number, sum: string): Promise<Report> {
  const parts: Uint8Array[] = []
  for await (const chunk of verified(file, start, sum)) parts.push(chunk)
  return JSON.parse(Buffer.concat(parts).toString('utf8')) as Report
}

/**
 * The report's bytes as the memo holds them, read again. The memo was checked when found; should a
 * run beside this one have replaced it since with other bytes, the last chunk is withheld and the
 * read fails, so a half-old half-new report is never taken for the whole one.
 */
async function* verified(file: string, start: number, sum: string): AsyncGenerator<Uint8Array> {
  const handle = await fs.open(file)
  try {
    const hash: Hash = createHash('sha1')
    let held: Uint8Array | undefined
    for await (const chunk of chunks(handle, start)) {
      if (held) yield held
      hash.update(chunk)
      held = chunk
    }
    if (hash.digest('hex') !== sum) throw new Error(`${file} changed while it was read; run the check again`)
    if (held) yield held
  } finally {
    await handle.close()
  }
}

/** The file's bytes from `start` on, a chunk at a time (each a fresh buffer: a consumer may keep it). */
async function* chunks(handle: fs.FileHandle, start: number): AsyncGenerator<Uint8Array> {
  for (let position = start; ; ) {
    const buffer = Buffer.allocUnsafe(chunkSize)
    const {bytesRead} = await handle.read(buffer, 0, chunkSize, position)
    if (bytesRead === 0) return
    position += bytesRead
    yield buffer.subarray(0, bytesRead)
  }
}

/** The file's first line and the offset after its newline; undefined when it has none. */
async function firstLine(handle: fs.FileHandle): Promise<{text: string; end: number} | undefined> {
  const parts: Buffer[] = []
  let length = 0
  for await (const chunk of chunks(handle, 0)) {
    const newline = chunk.indexOf(10)
    if (newline !== -1) {
      parts.push(Buffer.from(chunk.subarray(0, newline)))
      return {text: Buffer.concat(parts).toString('utf8'), end: length + newline + 1}
    }
    parts.push(Buffer.from(chunk))
    length += chunk.length
  }
  return undefined
}

function isPinList(value: unknown): value is Array<[string, string | null]> {
  return Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && (typeof pair[1] === 'string' || pair[1] === null))
}

function isSummary(value: unknown): value is Report['summary'] {
  if (typeof value !== 'object' || value === null) return false
  const summary = value as Record<string, unknown>
  return ['pages', 'errors', 'warnings', 'infos'].every((key) => typeof summary[key] === 'number')
}
