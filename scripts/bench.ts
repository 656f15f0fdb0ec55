// npm run bench [-- --json]: Lockstep's speed on the real corpora, measured from outside. Every
// figure is a whole `node bin/lockstep.js …` process, alternated (A B A B …) with a baseline process
// in the same run, ROUNDS times (default 5): median and min–max of each side, and of the ratio per
// pair. Peak memory is each process's peak RSS (GNU time). Needs ../shared/corpus beside the project.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {cloneCorpus, corpusDir, gitCounter, paired, runProcess, type Paired, type ProcessRun} from './bench-kit.ts'
import {syntheticSite} from './synthetic-site.ts'

const root = path.resolve(import.meta.dirname, '..')
const json = process.argv.includes('--json')
const rounds = Number(process.env.ROUNDS ?? 5)
const results: Paired[] = []
const log = (line: string) => {
  if (!json) console.log(line)
}
if (!fs.existsSync(corpusDir)) {
  console.error(`bench: ${corpusDir} not found (the corpora live beside the project)`)
  process.exit(2)
}
// Always the current sources: a stale bundle would measure old code.
execFileSync(process.execPath, ['scripts/bundle-cli.ts'], {cwd: root, stdio: 'ignore'})

const cli = path.join(root, 'bin/lockstep.js')
const baseline = path.join(root, 'scripts/bench-baseline.ts')
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-'))
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()
log(`npm run bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, Node ${process.version}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`)
log(`each line: median (min–max) of ${rounds} fresh processes; A and B alternate\n`)

/** `lockstep check` of `contentDir` in `cwd` as a whole process, its report written to the temp folder. */
function lockstep(cwd: string, contentDir: string, ...flags: string[]): () => ProcessRun {
  const output = path.join(temp, `report-${path.basename(cwd)}.json`)
  return () => runProcess([cli, 'check', contentDir, '--format', 'json', '--output', output, '--fail-on', 'never', ...flags], {cwd, ok: [0]})
}
const bare = (cwd: string, contentDir: string, mode: 'read' | 'parse') => () => runProcess([baseline, mode, path.join(cwd, contentDir)], {cwd})
const series = (...args: Parameters<typeof paired>) => {
  results.push(paired(...args))
  log('')
}

// OpenTelemetry, the snapshot (no history): the largest corpus, 1,812 files.
const otel = path.join(temp, 'otel')
fs.cpSync(path.join(corpusDir, 'otel'), otel, {recursive: true})
execFileSync('chmod', ['-R', 'u+w', otel])
fs.writeFileSync(path.join(otel, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://opentelemetry.io']}))
const otelCheck = lockstep(otel, 'content')
series('OpenTelemetry: cold check vs a bare remark parse', {label: 'A  lockstep check --no-cache', run: lockstep(otel, 'content', '--no-cache')}, {label: 'B  bare one-thread remark parse', run: bare(otel, 'content', 'parse')}, rounds, log)
otelCheck() // fills the caches
series('OpenTelemetry: unchanged re-run vs reading and hashing every file', {label: 'A  lockstep check (caches warm)', run: otelCheck}, {label: 'B  read + hash every file', run: bare(otel, 'content', 'read')}, rounds, log)
// The same without the last report (`.lockstep-cache/report.json`): every page's summary head and findings from the caches.
const memo = path.join(otel, '.lockstep-cache/report.json')
series(
  'OpenTelemetry: unchanged re-run from the page caches (last report removed) vs reading and hashing every file',
  {label: 'A  lockstep check (page caches warm)', run: otelCheck, before: () => fs.rmSync(memo, {force: true})},
  {label: 'B  read + hash every file', run: bare(otel, 'content', 'read')},
  rounds,
  log
)
// One English page with seven translations, edited before each run.
const edited = path.join(otel, 'content/en/docs/concepts/glossary.md')
const original = fs.readFileSync(edited)
series(
  'OpenTelemetry: one English page edited (7 translations)',
  {label: 'A  lockstep check after the edit', run: otelCheck, before: (round) => fs.writeFileSync(edited, Buffer.concat([original, Buffer.from(`\nEdited in round ${round}.\n`)]))},
  {label: 'B  read + hash every file', run: bare(otel, 'content', 'read')},
  rounds,
  log
)
fs.writeFileSync(edited, original)
otelCheck()

// The same site grown: every locale's pages copied k times into folders of their own.
for (const factor of [2, 4]) {
  const grown = path.join(temp, `otel-x${factor}`)
  fs.cpSync(otel, grown, {recursive: true})
  fs.rmSync(path.join(grown, '.lockstep-cache'), {recursive: true, force: true})
  for (const locale of fs.readdirSync(path.join(grown, 'content'))) {
    const dir = path.join(grown, 'content', locale)
    for (let copy = 2; copy <= factor; copy++) {
      for (const entry of fs.readdirSync(path.join(otel, 'content', locale))) fs.cpSync(path.join(otel, 'content', locale, entry), path.join(dir, `copy${copy}`, entry), {recursive: true})
    }
  }
  const check = lockstep(grown, 'content')
  check()
  series(`OpenTelemetry × ${factor}: unchanged re-run vs reading and hashing every file`, {label: 'A  lockstep check (caches warm)', run: check}, {label: 'B  read + hash every file', run: bare(grown, 'content', 'read')}, rounds, log)
  fs.rmSync(grown, {recursive: true, force: true})
}

// Starlight docs with their git history, against Lunaria (the tool the site uses), both whole processes.
const lunaria = installLunaria()
const starlight = cloneCorpus('starlight-docs', path.join(temp, 'starlight'))
fs.writeFileSync(path.join(starlight, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://starlight.astro.build']}))
const starlightDocs = 'docs/src/content/docs'
const starlightCheck = lockstep(starlight, starlightDocs)
const lunariaRun = lunaria ? () => runProcess([path.join(root, 'scripts/bench-lunaria.ts'), lunaria], {cwd: starlight}) : bare(starlight, starlightDocs, 'parse')
const lunariaLabel = lunaria ? 'B  Lunaria 0.1.1 status' : 'B  bare remark parse (Lunaria not installed)'
series('Starlight docs (2,411 commits): cold check with history vs Lunaria', {label: 'A  lockstep check --no-cache', run: lockstep(starlight, starlightDocs, '--no-cache')}, {label: lunariaLabel, run: lunariaRun}, rounds, log)
starlightCheck()
series('Starlight docs: unchanged re-run with history vs Lunaria', {label: 'A  lockstep check (caches warm)', run: starlightCheck}, {label: lunariaLabel, run: lunariaRun}, rounds, log)
gitProcesses('Starlight docs', () => starlightCheck(), lunaria ? lunariaRun : undefined)

// A stand-in for a large MDX site with a long history (the issue's 2,569 pages and 12,000 commits):
// the Starlight docs × 8 with a synthetic history of small commits (`scripts/synthetic-site.ts`),
// once with a tenth of the commits, to show how a re-run grows with the history's length.
for (const commits of [1200, 12000]) {
  const site = syntheticSite(starlight, path.join(temp, `synthetic-${commits}`), {contentDir: starlightDocs, copies: 8, commits})
  fs.writeFileSync(path.join(site.root, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://starlight.astro.build']}))
  const name = `Starlight docs × 8 (${site.pages.toLocaleString('en')} pages), ${commits.toLocaleString('en')} commits`
  const check = lockstep(site.root, starlightDocs)
  check() // fills the caches
  series(`${name}: unchanged re-run vs reading and hashing every file`, {label: 'A  lockstep check (caches warm)', run: check}, {label: 'B  read + hash every file', run: bare(site.root, starlightDocs, 'read')}, rounds, log)
  const page = path.join(site.root, starlightDocs, 'guides/authoring-content.mdx')
  const before = fs.readFileSync(page)
  series(
    `${name}: one English page edited (${fs.readdirSync(path.join(site.root, starlightDocs)).filter((locale) => fs.existsSync(path.join(site.root, starlightDocs, locale, 'guides/authoring-content.mdx'))).length} translations)`,
    {label: 'A  lockstep check after the edit', run: check, before: (round) => fs.writeFileSync(page, Buffer.concat([before, Buffer.from(`\nEdited in round ${round}.\n`)]))},
    {label: 'B  read + hash every file', run: bare(site.root, starlightDocs, 'read')},
    rounds,
    log
  )
  fs.rmSync(site.root, {recursive: true, force: true})
}

// /status/'s progress over time on the glossary: every month checked once (cold), then a rebuild
// after a new month (only that month checked), against one plain check of the same content.
const glossary = cloneCorpus('glossary', path.join(temp, 'glossary'))
const progressCache = path.join(temp, 'progress.json')
const progress = (...flags: string[]) => () => runProcess([path.join(root, 'scripts/bench-progress.ts'), glossary, progressCache, ...flags], {cwd: glossary, ok: [0]})
series('Glossary: progress over time, every month vs one check', {label: 'A  progress, no cache (one check per month)', run: progress(), before: () => fs.rmSync(progressCache, {force: true})}, {label: 'B  lockstep check --no-cache', run: lockstep(glossary, 'content', '--no-cache')}, 1, log)
series('Glossary: progress after a new month vs one check', {label: 'A  progress, the last month new', run: progress('--forget-last')}, {label: 'B  lockstep check --no-cache', run: lockstep(glossary, 'content', '--no-cache')}, rounds, log)

// OpenTelemetry with its history (4,963 commits; translations pinned by default_lang_commit).
const otelHistory = cloneCorpus('otel-history', path.join(temp, 'otel-history'))
fs.writeFileSync(path.join(otelHistory, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://opentelemetry.io']}))
const otelHistoryCheck = lockstep(otelHistory, 'content')
series('OpenTelemetry with history: cold check vs a bare remark parse', {label: 'A  lockstep check --no-cache', run: lockstep(otelHistory, 'content', '--no-cache')}, {label: 'B  bare one-thread remark parse', run: bare(otelHistory, 'content', 'parse')}, rounds, log)
otelHistoryCheck()
series('OpenTelemetry with history: unchanged re-run vs reading and hashing every file', {label: 'A  lockstep check (caches warm)', run: otelHistoryCheck}, {label: 'B  read + hash every file', run: bare(otelHistory, 'content', 'read')}, rounds, log)

fs.rmSync(temp, {recursive: true, force: true})
if (json) console.log(JSON.stringify({commit, node: process.version, cores: os.availableParallelism(), rounds, series: results}, null, 2))
// The site builds, against a plain build of the same content.
if (!json) execFileSync(process.execPath, [path.join(root, 'scripts/bench-site.ts')], {cwd: root, stdio: 'inherit'})

/** Count the git processes of one run of each tool (a separate, untimed run: the counting shim costs time). */
function gitProcesses(name: string, ours: () => unknown, theirs?: () => unknown) {
  const git = gitCounter()
  const saved = process.env.PATH
  process.env.PATH = `${git.bin}${path.delimiter}${saved}`
  try {
    ours()
    const lockstepCalls = git.calls().length
    git.reset()
    theirs?.()
    log(`${name}: git processes per run: Lockstep ${lockstepCalls}${theirs ? `, Lunaria ${git.calls().length}` : ''} (caches warm for Lockstep)\n`)
  } finally {
    process.env.PATH = saved
    fs.rmSync(git.bin, {recursive: true, force: true})
  }
}

/**
 * Lunaria is never a dependency of the project: the benchmark installs the version Starlight's docs
 * ask for (`"@lunariajs/core": "^0.1.1"`; 0.1.1 is the only release that matches) into a cache folder
 * and reuses it. LUNARIA_MODULE=<path to its dist/index.mjs> uses another install. Returns the module
 * path, or `undefined` (and says why) when it cannot be had.
 */
function installLunaria(): string | undefined {
  if (process.env.LUNARIA_MODULE) return process.env.LUNARIA_MODULE
  const version = '0.1.1'
  const prefix = path.join(root, 'node_modules/.cache/lockstep-bench/lunaria')
  const packageDir = path.join(prefix, 'node_modules/@lunariajs/core')
  const installed = () => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {version?: string}).version === version
    } catch {
      return false
    }
  }
  if (!installed()) {
    log(`lunaria: installing @lunariajs/core@${version} into ${path.relative(root, prefix)} (for the benchmark only)`)
    fs.mkdirSync(prefix, {recursive: true})
    // A package.json of its own, so npm does not take the project above it for the one to install into.
    fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({name: 'lockstep-bench-lunaria', private: true}) + '\n')
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel', 'error', `@lunariajs/core@${version}`], {encoding: 'utf8'})
    if (npm.status !== 0 || !installed()) {
      const why = (npm.error?.message ?? npm.stderr ?? '').split('\n').map((line) => line.replace(/^npm error ?/, '').trim()).filter(Boolean).slice(0, 3).join(' / ')
      log(`lunaria: not run: npm could not install @lunariajs/core@${version} (${why || `exit code ${npm.status}`})`)
      return undefined
    }
  }
  return path.join(packageDir, 'dist/index.mjs')
}
