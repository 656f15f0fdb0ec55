// Time building the docs site: `node scripts/bench-site.ts` (run by `npm run bench`).
// Builds the seed (this repository's content/), the CNCF glossary and the Starlight docs bundles,
// each as whole `astro build` processes in the same run, alternated (plugin, plain, plugin, plain …,
// `RUNS` pairs, 3 by default): with Lockstep's plugin (`LOCKSTEP_ROOT=<dir> astro build --outDir
// <tmp>`) and as plain Starlight (`LOCKSTEP_PLAIN=1`). Plain means the same content through the same
// loading a Starlight site needs to read it at all, and none of Lockstep's analysis
// (src/starlight/plain.ts): `_index.md` as its folder's page and `_`-files left out, a title from
// the H1, missing hero images dropped, asides processed in the content folder, packages that pages
// import resolved from the site, and an MDX import of a file the content does not have rendered as
// a named placeholder. No check, no composition, no `/status/` or `/translate/` pages, no sidebar,
// banners or language picker of Lockstep's. Both builds include Starlight's Pagefind indexing.
// It prints the ratio per pair (the issue's bound: ≤ 1.5×), the plugin's build against `lockstep
// check` (CLI, no cache), pages per second and the git processes per build. Before the pairs, one
// untimed-in-the-ratio first build with the plugin fills the caches (`.lockstep-cache`: the check's
// pages and /status/'s progress over time, one check per month of history), as a CI that keeps
// `.lockstep-cache` has them; its time is printed on its own. `BENCH_SITES=seed` builds only those named.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {cloneCorpus, corpusDir, gitCounter, median, paired, runProcess} from './bench-kit.ts'

const root = path.resolve(import.meta.dirname, '..')
const runs = Number(process.env.RUNS ?? 3)
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-site-'))
if (!fs.existsSync(path.join(root, 'dist/cli.js'))) execFileSync(process.execPath, ['scripts/bundle-cli.ts'], {cwd: root, stdio: 'inherit'})

const git = gitCounter()
const env = {...process.env, PATH: `${git.bin}${path.delimiter}${process.env.PATH}`}

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

const count = (value: number) => value.toLocaleString('en')
for (const site of sites) {
  const out = {lockstep: path.join(temp, `${site.name}-site`), plain: path.join(temp, `${site.name}-plain`)}
  const astro = (dir: string) => [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--force', '--outDir', dir]
  const check = runProcess([path.join(root, 'dist/cli.js'), 'check', '--no-cache', '--format', 'json', '--output', path.join(temp, `${site.name}.json`), '--fail-on', 'never'], {cwd: site.cwd, env})
  git.reset()
  const first = runProcess(astro(out.lockstep), {cwd: root, env: {...env, LOCKSTEP_ROOT: site.cwd}})
  const firstGit = git.calls().length
  const gitPerBuild: number[] = []
  const lines: string[] = []
  const result = paired(
    `site ${site.name}`,
    {label: 'Starlight build with Lockstep', before: () => git.reset(), run: () => {
      const run = runProcess(astro(out.lockstep), {cwd: root, env: {...env, LOCKSTEP_ROOT: site.cwd}})
      gitPerBuild.push(git.calls().length)
      return run
    }},
    {label: 'plain Starlight build', run: () => runProcess(astro(out.plain), {cwd: root, env: {...env, LOCKSTEP_ROOT: site.cwd, LOCKSTEP_PLAIN: '1'}})},
    runs,
    (line) => lines.push(line)
  )
  const pages = countPages(out.lockstep)
  const build = median(result.a.ms)
  console.log(`${lines[0]}: ${count(pages)} pages (plain Starlight: ${count(countPages(out.plain))})`)
  for (const line of lines.slice(1)) console.log(line)
  console.log(`  lockstep check (CLI, no cache) ${count(Math.round(check.ms))} ms; the build with Lockstep = ${(build / check.ms).toFixed(2)}× the check, ${(pages / (build / 1000)).toFixed(pages / (build / 1000) < 10 ? 1 : 0)} pages/s, ${count(median(gitPerBuild))} git processes per build (${gitPerBuild.join(', ')})`)
  console.log(`  first build with Lockstep (${site.cwd === root ? 'caches as found' : 'caches empty'}: the check's pages, progress over time) ${count(Math.round(first.ms))} ms, ${count(firstGit)} git processes`)
}
fs.rmSync(temp, {recursive: true, force: true})
fs.rmSync(git.bin, {recursive: true, force: true})
