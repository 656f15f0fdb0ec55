// How much memory and time aligning one long page pair takes:
//   node test/align/measure-align.ts 10000 [--dense] [--parse]
// prints {"headings", "pairs", "ms", "peakMb"}: `peakMb` is the growth of the process's peak RSS over its
// RSS just before aligning (an upper bound of the aligner's own memory). `--dense` measures the old
// aligner (the test oracle), `--parse` parses the generated pages (slow) instead of building their
// sections directly. The sections are made in this process and aligned in a fresh one, so nothing
// else's peak can hide the aligner's.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import type {SectionSummary} from '../../src/engine/sections/types.ts'
import {alignSectionsDense} from './align-sections-dense.ts'
import {longPagePair, longSectionPair} from './long-pages.ts'

/** What one measurement found. */
export interface AlignMeasure {
  headings: number
  pairs: number
  /** Source sections paired with the section of the same number (the expected answer). */
  correct: number
  ms: number
  peakMb: number
}

/** Make a generated pair of `headings` sections each, then align it in a child process and measure. */
export function measureAlign(headings: number, options: {dense?: boolean; parse?: boolean} = {}): AlignMeasure {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-align-'))
  try {
    const file = path.join(folder, 'sections.json')
    fs.writeFileSync(file, JSON.stringify(options.parse ? parsedPair(headings) : longSectionPair(headings)))
    const output = execFileSync(process.execPath, ['--expose-gc', import.meta.filename, file, ...(options.dense ? ['--dense'] : [])], {encoding: 'utf8'})
    return {headings, ...(JSON.parse(output) as Omit<AlignMeasure, 'headings'>)}
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

function parsedPair(headings: number): {source: SectionSummary[]; target: SectionSummary[]} {
  const {en, es} = longPagePair(headings)
  const config = validateConfig({})
  const locales = new Set(['en', 'es'])
  const summarize = (text: string, locale: string) => summarizePage(Buffer.from(text), {file: `content/${locale}/long.md`, locale, page: 'long', locales}, config).sections
  return {source: summarize(en, 'en'), target: summarize(es, 'es')}
}

function alignFile(file: string, dense: boolean): Omit<AlignMeasure, 'headings'> {
  const {source, target} = JSON.parse(fs.readFileSync(file, 'utf8')) as {source: SectionSummary[]; target: SectionSummary[]}
  ;(globalThis as {gc?: () => void}).gc?.()
  const before = process.memoryUsage().rss
  const start = performance.now()
  const alignment = (dense ? alignSectionsDense : alignSections)(source, target)
  const ms = Math.round(performance.now() - start)
  const peakMb = Math.round((process.resourceUsage().maxRSS * 1024 - before) / 2 ** 20)
  const number = (title: string) => /\d+$/.exec(title)?.[0]
  const correct = alignment.pairs.filter((pair) => pair.source > 0 && number(source[pair.source]!.title) === number(target[pair.target]!.title)).length
  return {pairs: alignment.pairs.length, correct, ms, peakMb}
}

if (process.argv[1] === import.meta.filename) {
  const [what, ...flags] = process.argv.slice(2)
  if (what?.endsWith('.json')) process.stdout.write(JSON.stringify(alignFile(what, flags.includes('--dense'))))
  else process.stdout.write(`${JSON.stringify(measureAlign(Number(what ?? 10_000), {dense: flags.includes('--dense'), parse: flags.includes('--parse')}))}\n`)
}
