// Time building the docs site: `node scripts/bench-site.ts` (run by `npm run bench`).
// Builds the seed (this repository's content/) and the CNCF glossary bundle as sites with
// `LOCKSTEP_ROOT=<dir> astro build --outDir <tmp>`, and reports each build against a baseline
// measured in the same run on the same content: `lockstep check` (CLI, no cache). Also pages built
// per second, Pagefind's indexing, and the git processes a build starts (constant in the pages).
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

const sites = [{name: 'seed', cwd: root}]
if (fs.existsSync(path.join(corpusDir, 'glossary.bundle'))) {
  const glossary = cloneCorpus('glossary', path.join(temp, 'glossary'))
  fs.writeFileSync(path.join(glossary, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://glossary.cncf.io']}))
  sites.push({name: 'glossary', cwd: glossary})
} else console.log(`bench-site: ${corpusDir}/glossary.bundle not found; the seed only`)

for (const site of sites) {
  const out = path.join(temp, `${site.name}-site`)
  const check = wall([path.join(root, 'dist/cli.js'), 'check', '--no-cache', '--format', 'json', '--output', path.join(temp, `${site.name}.json`), '--fail-on', 'never'], site.cwd)
  git.reset()
  const build = wall([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', out], root, {LOCKSTEP_ROOT: site.cwd})
  const gitPerBuild = git.calls().length / runs
  const pages = countPages(out)
  const pagefind = wall([path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out, '--silent'], root)
  console.log(`site ${site.name}: ${pages} pages`)
  console.log(`  lockstep check (CLI, no cache)  ${Math.round(check)} ms`)
  console.log(`  astro build of the site         ${Math.round(build)} ms = ${(build / check).toFixed(2)}× the check, ${Math.round(pages / (build / 1000))} pages/s, ${gitPerBuild} git processes`)
  console.log(`  pagefind index                  ${Math.round(pagefind)} ms`)
}
fs.rmSync(temp, {recursive: true, force: true})
