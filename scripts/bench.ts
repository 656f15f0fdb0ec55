// npm run bench [-- --json]: Lockstep's speed on the real corpora, as ratios against baselines
// measured in the same run (a bare remark parse, a bare read of the files), so the figures hold
// on a noisy machine. Needs ../shared/corpus beside the project.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {cloneCorpus, corpusDir, median} from './bench-kit.ts'

const root = path.resolve(import.meta.dirname, '..')
const json = process.argv.includes('--json')
const log = (line: string) => {
  if (!json) console.log(line)
}
if (!fs.existsSync(corpusDir)) {
  console.error(`bench: ${corpusDir} not found (the corpora live beside the project)`)
  process.exit(2)
}
if (!fs.existsSync(path.join(root, 'dist/cli.js'))) execFileSync(process.execPath, ['scripts/bundle-cli.ts'], {cwd: root, stdio: 'inherit'})

interface Corpus {
  name: string
  cwd: string
  contentDir: string
  config: Record<string, unknown>
  /** A translated page to edit for the one-page re-check. */
  edit: string
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-'))
const otel = path.join(temp, 'otel')
fs.cpSync(path.join(corpusDir, 'otel'), otel, {recursive: true})
execFileSync('chmod', ['-R', 'u+w', otel])
const glossary = path.join(temp, 'glossary')
cloneCorpus('glossary', glossary)

const corpora: Corpus[] = [
  {name: 'otel', cwd: otel, contentDir: 'content', config: {siteUrls: ['https://opentelemetry.io']}, edit: 'content/es/docs/concepts/glossary.md'},
  {name: 'glossary', cwd: glossary, contentDir: 'content', config: {siteUrls: ['https://glossary.cncf.io']}, edit: 'content/it/kubernetes.md'}
]

/** Run a command; return its wall time in ms and, for bench-child runs, what it printed. */
function timed(args: string[], cwd: string): {ms: number; out: string} {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {cwd, encoding: 'utf8', maxBuffer: 1 << 28})
  const ms = performance.now() - start
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return {ms, out: result.stdout}
}

const child = (mode: string, corpus: Corpus, configFile: string) =>
  JSON.parse(timed([path.join(root, 'scripts/bench-child.ts'), mode, corpus.cwd, corpus.contentDir, configFile], root).out) as {files: number; bytes: number; ms: number; peakMB: number}

const results: Record<string, Record<string, number>> = {}
for (const corpus of corpora) {
  const configFile = path.join(corpus.cwd, 'lockstep.config.json')
  fs.writeFileSync(configFile, JSON.stringify(corpus.config))
  const cli = [path.join(root, 'dist/cli.js'), 'check', corpus.contentDir, '--format', 'json', '--output', path.join(temp, `${corpus.name}.json`), '--fail-on', 'never']

  const read = median([1, 2, 3].map(() => child('read', corpus, configFile).ms))
  const bare = child('bare', corpus, configFile)
  const full = child('check', corpus, configFile)
  fs.rmSync(path.join(corpus.cwd, '.lockstep-cache'), {recursive: true, force: true})
  const coldCli = timed(cli, corpus.cwd).ms
  const warm = median([1, 2, 3].map(() => timed(cli, corpus.cwd).ms))
  const editFile = path.join(corpus.cwd, corpus.edit)
  const original = fs.readFileSync(editFile)
  const edits: number[] = []
  for (let round = 0; round < 3; round++) {
    fs.writeFileSync(editFile, Buffer.concat([original, Buffer.from(`\nEdited ${round}.\n`)]))
    edits.push(timed(cli, corpus.cwd).ms)
  }
  fs.writeFileSync(editFile, original)

  results[corpus.name] = {
    files: bare.files,
    mb: Math.round((bare.bytes / 1e6) * 10) / 10,
    readMs: Math.round(read),
    bareParseMs: Math.round(bare.ms),
    checkMs: Math.round(full.ms),
    checkPeakMB: Math.round(full.peakMB),
    checkVsBareParse: Math.round((full.ms / bare.ms) * 100) / 100,
    coldCliMs: Math.round(coldCli),
    warmCliMs: Math.round(warm),
    warmVsRead: Math.round((warm / read) * 100) / 100,
    editRecheckMs: Math.round(median(edits))
  }
  const r = results[corpus.name]!
  log(`${corpus.name}: ${r.files} files, ${r.mb} MB`)
  log(`  bare one-thread remark parse   ${r.bareParseMs} ms`)
  log(`  full check (2 workers)         ${r.checkMs} ms = ${r.checkVsBareParse}× the bare parse, peak ${r.checkPeakMB} MB`)
  log(`  read the files                 ${r.readMs} ms`)
  log(`  unchanged re-run (CLI, cache)  ${r.warmCliMs} ms = ${r.warmVsRead}× reading the files`)
  log(`  re-check after one edit (CLI)  ${r.editRecheckMs} ms`)
}
fs.rmSync(temp, {recursive: true, force: true})
// The history check of the bundles (and Lunaria, when installed) in the same run.
if (!json) execFileSync(process.execPath, [path.join(root, 'scripts/bench-history.ts')], {cwd: root, stdio: 'inherit'})
// The site builds of the seed and the glossary, against the check of the same content.
if (!json) execFileSync(process.execPath, [path.join(root, 'scripts/bench-site.ts')], {cwd: root, stdio: 'inherit'})
if (json) console.log(JSON.stringify({node: process.version, cpus: os.availableParallelism(), corpora: results}, null, 2))
