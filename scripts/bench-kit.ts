// What the benchmark scripts share: the corpora, whole-process runs timed from outside, paired
// A B A B … series with their median and range, and a count of the git processes run.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The real corpora, beside the project. */
export const corpusDir = path.resolve(import.meta.dirname, '../../shared/corpus')

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/** Clone a corpus bundle's `filtered-main` into `target` (a new temp folder when absent); returns the folder. */
export function cloneCorpus(name: string, target = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-bench-${name}-`))): string {
  execFileSync('git', ['clone', '--quiet', '--branch', 'filtered-main', path.join(corpusDir, `${name}.bundle`), target])
  return target
}

/** One whole process, as a user's shell sees it: wall time and the peak resident memory. */
export interface ProcessRun {
  ms: number
  /** Peak RSS of the process in MB, worker threads included (GNU time's `%M`); NaN without /usr/bin/time. */
  peakMB: number
  stdout: string
}

const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const timeOutput = path.join(os.tmpdir(), `lockstep-bench-time-${process.pid}`)
// GNU time's output file, one per benchmark process: gone with it.
process.on('exit', () => fs.rmSync(timeOutput, {force: true}))

/**
 * Run `node <args>` as a fresh process and time it from outside. Exit codes other than those in `ok`
 * throw with the process's stderr, so a failing run can never pass for a fast one.
 */
export function runProcess(args: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv; ok?: readonly number[]}): ProcessRun {
  const command = gnuTime ? [gnuTime, '-f', '%M', '-o', timeOutput, process.execPath, ...args] : [process.execPath, ...args]
  const start = performance.now()
  const result = spawnSync(command[0]!, command.slice(1), {cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 28})
  const ms = performance.now() - start
  if (!(options.ok ?? [0]).includes(result.status ?? -1)) {
    throw new Error(`node ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr.slice(-4000)}`)
  }
  const peakMB = gnuTime ? Number(fs.readFileSync(timeOutput, 'utf8').trim().split('\n').at(-1)) / 1024 : Number.NaN
  return {ms, peakMB, stdout: result.stdout}
}

/** One side of a paired series: what to run, and what to do (untimed) before each run. */
export interface Side {
  label: string
  run: () => ProcessRun
  before?: (round: number) => void
}

/** A paired series: both sides' runs and the ratio A ÷ B of each pair. */
export interface Paired {
  name: string
  a: {label: string; ms: number[]; peakMB: number[]}
  b: {label: string; ms: number[]; peakMB: number[]}
  ratios: number[]
}

/**
 * Alternate `a` and `b` (A B A B …) `rounds` times, so that whatever else the machine does falls on
 * both alike, and print each side's median and min–max and the median and range of the per-pair ratios.
 */
export function paired(name: string, a: Side, b: Side, rounds: number, log: (line: string) => void): Paired {
  const result: Paired = {name, a: {label: a.label, ms: [], peakMB: []}, b: {label: b.label, ms: [], peakMB: []}, ratios: []}
  for (let round = 0; round < rounds; round++) {
    a.before?.(round)
    const runA = a.run()
    b.before?.(round)
    const runB = b.run()
    result.a.ms.push(runA.ms)
    result.a.peakMB.push(runA.peakMB)
    result.b.ms.push(runB.ms)
    result.b.peakMB.push(runB.peakMB)
    result.ratios.push(runA.ms / runB.ms)
  }
  log(`${name} (${rounds} pairs, A B A B …)`)
  const width = Math.max(a.label.length, b.label.length, 'A ÷ B per pair'.length)
  for (const side of [result.a, result.b]) {
    log(`  ${side.label.padEnd(width)}  ${spread(side.ms, ms)}   peak ${spread(side.peakMB, mb)}`)
  }
  log(`  ${'A ÷ B per pair'.padEnd(width)}  ${spread(result.ratios, times)}`)
  return result
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`
const mb = (value: number) => (Number.isNaN(value) ? '?' : `${Math.round(value)} MB`)
const times = (value: number) => `${value.toFixed(2)}×`

/** `median (min–max)` of a series. */
export function spread(values: readonly number[], format: (value: number) => string): string {
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
}

/**
 * A `git` that logs each call before running the real one, to put first on PATH: counts the
 * processes a run starts, not guesses.
 */
export function gitCounter(): {bin: string; calls(): string[]; reset(): void} {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-git-shim-'))
  const realGit = execFileSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).trim()
  const log = path.join(bin, 'calls.log')
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`, {mode: 0o755})
  return {
    bin,
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []),
    reset: () => fs.writeFileSync(log, '')
  }
}
