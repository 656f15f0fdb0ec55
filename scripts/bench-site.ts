// Time building the docs site: `node scripts/bench-site.ts` (run by `npm run bench`).
// Builds the seed (this repository's content/), the CNCF glossary and the Starlight docs bundles
// twice each, in the same run: as plain Starlight (`LOCKSTEP_PLAIN=1`: the same content, no
// plugin) and with Lockstep's plugin (`LOCKSTEP_ROOT=<dir> astro build --outDir <tmp>`), and reports
// the plugin's build against the plain one (the bound: ≤ 1.5×) and against `lockstep check`
// (CLI, no cache). Also pages per second and the git processes a build starts (constant in the
// pages). Both builds include Starlight's Pagefind indexing. `BENCH_SITES=seed` builds only those named.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {cloneCorpus, corpusDir, gitCounter, median} from './bench-kit.ts'

const root = path.resolve(import.meta.dirname, '..')
const runs = Number(process.env.RUNS ?? 3)
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-site-'))
if (!fs.existsSync(path.join(root, 'dist/cli.js'))) execFileSync(process.execPath, ['scripts/bundle-cli.ts'], {cwd: root, stdio: 'inherit'})

const git = gitCounter()
const env = {...process.env, PATH: `${git.bin}${path.delimiter}${process.env.PATH}`}

/** Median wall time of `runs` runs of a Node script, in ms. */
function wall(args: string[], cwd: string, extra: Record<string, string> = {}): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {cwd, env: {...env, ...extra}, encoding: 'utf8', maxBuffer: 1 << 28})
    times.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout.slice(-4000)}`)
  }
  return median(times)
}

function countPages(dir: string): number {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => path.basename(name) === 'index.html').length
}

const only = process.env.BENCH_SITES?.split(',')
const wanted = (name: string) => !only || only.includes(name)
const sites = wanted('seed') ? [{name: 'seed', cwd: root}] : []
const corpora = [
  {name: 'glossary', config: {siteUrls: ['https://glossary.cncf.io']}},
  {name: 'starlight-docs', config: {contentDir: 'docs/src/content/docs', siteUrls: ['https://starlight.astro.build']}}
]
for (const corpus of corpora.filter((each) => wanted(each.name))) {
  if (!fs.existsSync(path.join(corpusDir, `${corpus.name}.bundle`))) {
    console.log(`bench-site: ${corpusDir}/${corpus.name}.bundle not found; skipped`)
    continue
  }
  const cwd = cloneCorpus(corpus.name, path.join(temp, corpus.name))
  fs.writeFileSync(path.join(cwd, 'lockstep.config.json'), JSON.stringify(corpus.config))
  sites.push({name: corpus.name, cwd})
}

for (const site of sites) {
  const out = path.join(temp, `${site.name}-site`)
  const check = wall([path.join(root, 'dist/cli.js'), 'check', '--no-cache', '--format', 'json', '--output', path.join(temp, `${site.name}.json`), '--fail-on', 'never'], site.cwd)
  const astro = [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--force', '--outDir', out]
  const plain = wall(astro, root, {LOCKSTEP_ROOT: site.cwd, LOCKSTEP_PLAIN: '1'})
  const plainPages = countPages(out)
  git.reset()
  const build = wall(astro, root, {LOCKSTEP_ROOT: site.cwd})
  const gitPerBuild = git.calls().length / runs
  const pages = countPages(out)
  console.log(`site ${site.name}: ${pages} pages (plain Starlight: ${plainPages})`)
  console.log(`  lockstep check (CLI, no cache)      ${Math.round(check)} ms`)
  console.log(`  plain Starlight build (no plugin)   ${Math.round(plain)} ms`)
  console.log(`  Starlight build with Lockstep       ${Math.round(build)} ms = ${(build / plain).toFixed(2)}× the plain build, ${(build / check).toFixed(2)}× the check, ${Math.round(pages / (build / 1000))} pages/s, ${gitPerBuild} git processes`)
}
fs.rmSync(temp, {recursive: true, force: true})
