// Time the history stage on the real corpora: `node scripts/bench-history.ts`.
// Clones the Starlight docs and glossary bundles into temp folders, checks each with history off
// and on (no cache), times `readHistory` alone and counts the git processes it starts. In the same
// run it times Lunaria's status on the same Starlight checkout, installing `@lunariajs/core` for
// the benchmark only (into node_modules/.cache/, never a dependency of the project).
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {readHistory} from '../src/engine/history/read-history.ts'
import {cloneCorpus, gitCounter, median} from './bench-kit.ts'

const runs = Number(process.env.RUNS ?? 3)

const git = gitCounter()
process.env.PATH = `${git.bin}${path.delimiter}${process.env.PATH}`

async function time<T>(run: () => Promise<T>): Promise<{ms: number; value: T}> {
  const times: number[] = []
  let value: T | undefined
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    value = await run()
    times.push(performance.now() - start)
  }
  return {ms: Math.round(median(times)), value: value!}
}

const corpora = [
  {name: 'starlight-docs', contentDir: 'docs/src/content/docs', siteUrls: ['https://starlight.astro.build']},
  {name: 'glossary', contentDir: 'content', siteUrls: ['https://glossary.cncf.io']}
]
const checkouts = new Map<string, string>()
/** Lockstep's median times per corpus, for the ratios against Lunaria. */
const lockstepMs = new Map<string, {cold: number; warm: number; bare: number}>()
for (const corpusEntry of corpora) {
  const cwd = cloneCorpus(corpusEntry.name)
  checkouts.set(corpusEntry.name, cwd)
  const config = (enabled: boolean) => validateConfig({siteUrls: corpusEntry.siteUrls, history: {enabled}})
  const off = await time(() => check({config: config(false), cwd, contentDir: corpusEntry.contentDir}))
  const on = await time(() => check({config: config(true), cwd, contentDir: corpusEntry.contentDir}))
  const {report, summaries, alignments} = on.value
  const bySource = new Map(summaries.filter((summary) => summary.locale === report.sourceLocale).map((summary) => [summary.page, summary]))
  const byId = new Map(summaries.map((summary) => [`${summary.locale}/${summary.page}`, summary]))
  const requests = [...alignments.keys()].map((id) => ({id, source: bySource.get(id.slice(id.indexOf('/') + 1))!, target: byId.get(id)!}))
  git.reset()
  const stage = await time(() => readHistory({config: config(true), cwd, contentDir: corpusEntry.contentDir, locales: new Set([report.sourceLocale, ...report.locales]), requests}))
  const gitCalls = git.calls()
  const perRun = gitCalls.length / runs
  // With the caches: a cold run fills them, a warm one reads no old page again.
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-cache-'))
  const cold = performance.now()
  await check({config: config(true), cwd, contentDir: corpusEntry.contentDir, cacheDir})
  const coldMs = Math.round(performance.now() - cold)
  const warm = await time(() => check({config: config(true), cwd, contentDir: corpusEntry.contentDir, cacheDir}))
  // The floor for any remark-based check: one bare parse of every page, in one thread, in its own process.
  const bare = JSON.parse(execFileSync(process.execPath, [path.join(import.meta.dirname, 'bench-child.ts'), 'bare', cwd, corpusEntry.contentDir], {encoding: 'utf8'})) as {ms: number}
  lockstepMs.set(corpusEntry.name, {cold: on.ms, warm: warm.ms, bare: Math.round(bare.ms)})
  const from: Record<string, number> = {}
  for (const page of report.pages) if (page.status === 'translated') from[page.base.from] = (from[page.base.from] ?? 0) + 1
  const outdated = report.diagnostics.filter((diagnostic) => diagnostic.rule === 'outdated-page').length
  const commits = execFileSync('git', ['rev-list', '--count', 'HEAD'], {cwd, encoding: 'utf8'}).trim()
  console.log(`${corpusEntry.name}: ${commits} commits, ${requests.length} translated pages (bases: ${JSON.stringify(from)}), ${outdated} outdated`)
  console.log(`  check, history off: ${off.ms} ms; on: ${on.ms} ms; with caches cold: ${coldMs} ms, warm: ${warm.ms} ms; bare one-thread remark parse: ${Math.round(bare.ms)} ms`)
  console.log(`  readHistory alone (no cache): ${stage.ms} ms; git processes per readHistory: ${perRun} (${[...new Set(gitCalls.map((call) => call.split(' ').slice(2, 4).join(' ')))].join(' | ')})`)
}

// Lunaria is never a dependency of the project: the benchmark installs the version Starlight's
// docs ask for (`"@lunariajs/core": "^0.1.1"`; 0.1.1 is the only release that matches) into a
// cache folder, and reuses it. LUNARIA_MODULE=<path to its dist/index.mjs> uses another install.
const lunariaVersion = '0.1.1'
const lunariaModule = process.env.LUNARIA_MODULE ?? installLunaria()
if (lunariaModule) {
  const cwd = checkouts.get('starlight-docs')!
  // Lunaria runs git in the working directory it was imported from.
  process.chdir(cwd)
  const {lunaria} = (await import(lunariaModule)) as {lunaria: (config: unknown) => Promise<unknown[]>}
  const locales = ['da', 'de', 'es', 'fa', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'pt-br', 'pt-pt', 'ru', 'tr', 'uk', 'zh-cn']
  const config = {
    repository: {name: 'withastro/starlight'},
    defaultLocale: {label: 'English', lang: 'en'},
    locales: locales.map((lang) => ({label: lang, lang})),
    files: [{location: 'docs/src/content/docs/**/*.{md,mdx}', pattern: 'docs/src/content/docs/@lang/@path', type: 'universal'}],
    ignoreKeywords: ['lunaria-ignore', 'typo', 'en-only', 'broken link', 'i18nReady', 'i18nIgnore']
  }
  git.reset()
  const result = await time(() => lunaria(config))
  const gitCalls = git.calls().length / runs
  let outdated = 0
  for (const entry of result.value as Array<{localizations?: Record<string, {isOutdated?: boolean}>}>) for (const localization of Object.values(entry.localizations ?? {})) if (localization.isOutdated) outdated++
  console.log(`lunaria ${lunariaModule === process.env.LUNARIA_MODULE ? '(LUNARIA_MODULE)' : lunariaVersion} (Starlight): ${result.ms} ms, ${gitCalls} git processes, ${result.value.length} source files, ${outdated} outdated localizations`)
  const lockstep = lockstepMs.get('starlight-docs')!
  const ratio = (ms: number) => `${(result.ms / ms).toFixed(1)}× (${result.ms} ms ÷ ${ms} ms)`
  console.log(`  Lunaria ÷ Lockstep's full history check, cold (no cache): ${ratio(lockstep.cold)}`)
  console.log(`  Lunaria ÷ Lockstep's full history check, warm caches: ${ratio(lockstep.warm)}`)
  console.log(`  Lunaria ÷ a bare one-thread remark parse of the same pages (no check at all): ${ratio(lockstep.bare)}`)
}

/** Install Lunaria for the benchmark, or reuse the install; `undefined` (and why) when it cannot be had. */
function installLunaria(): string | undefined {
  const prefix = path.resolve(import.meta.dirname, '../node_modules/.cache/lockstep-bench/lunaria')
  const packageDir = path.join(prefix, 'node_modules/@lunariajs/core')
  const installed = () => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {version?: string}).version === lunariaVersion
    } catch {
      return false
    }
  }
  if (!installed()) {
    console.log(`lunaria: installing @lunariajs/core@${lunariaVersion} into ${path.relative(process.cwd(), prefix)} (for the benchmark only)`)
    fs.mkdirSync(prefix, {recursive: true})
    // A package.json of its own, so npm does not take the project above it for the one to install into.
    fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({name: 'lockstep-bench-lunaria', private: true}) + '\n')
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel', 'error', `@lunariajs/core@${lunariaVersion}`], {encoding: 'utf8'})
    if (npm.status !== 0 || !installed()) {
      // npm's first error lines name the cause (`code ECONNREFUSED`, the request that failed); the last ones point to its log.
      const why = (npm.error?.message ?? npm.stderr ?? '').split('\n').map((line) => line.replace(/^npm error ?/, '').trim()).filter(Boolean).slice(0, 3).join(' / ')
      console.log(`lunaria: not run: npm could not install @lunariajs/core@${lunariaVersion} (${why || `exit code ${npm.status}`})`)
      return undefined
    }
  }
  return path.join(packageDir, 'dist/index.mjs')
}
