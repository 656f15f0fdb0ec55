import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {check, loadConfig, version} from '../engine/index.ts'
import {percentOf, statusData, type LocaleStatus, type SectionCounts} from './status-data.ts'

/** One month of a project's history: each translation locale's section counts at the month's last commit. */
export interface ProgressPoint {
  /** `2024-03`, in UTC. */
  month: string
  /** The last commit on or before the month's end (committer date). */
  commit: string
  locales: Record<string, SectionCounts & {percent: number}>
}

/** What `progressSeries` made: the series, and how many months it had to check (the rest came from the cache). */
export interface ProgressResult {
  series: ProgressPoint[]
  checked: number
}

// Environment variables of hooks that run git (GIT_DIR…) would point git at another repository.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')))

/**
 * Progress over time: one point per month of the git history of `root` (a Lockstep project), each
 * the status data (`statusData`) of the check run at that month's last commit. Points are cached in
 * `cacheFile` by commit, so a rebuild checks only months whose last commit is new. `current`, the
 * status of the check the build already ran, is the point of the month whose last commit is HEAD
 * (not cached: it counts the working tree), so a build after a new commit checks nothing more.
 * Undefined outside a git repository.
 */
export async function progressSeries(root: string, cacheFile?: string, current?: ProgressPoint['locales']): Promise<ProgressResult | undefined> {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, {cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28}).trim()
  let top: string
  let commits: {hash: string; date: number}[]
  try {
    top = git(root, 'rev-parse', '--show-toplevel')
    // Newest first, in the order `git rev-list` walks: a month's last commit is the first one on or
    // before its end (as `rev-list -1 --before=<end> HEAD` finds it, without a git process per month).
    commits = git(root, 'log', '--format=%H %ct', 'HEAD').split('\n').filter(Boolean).map((line) => {
      const [hash, seconds] = line.split(' ')
      return {hash: hash!, date: Number(seconds) * 1000}
    })
  } catch {
    return undefined
  }
  if (commits.length === 0) return undefined
  const dates = commits.map((each) => each.date)
  const head = commits[0]!.hash
  const cache = readCache(cacheFile)
  const sub = path.relative(top, root)
  const series: ProgressPoint[] = []
  let checked = 0
  let clone: string | undefined
  try {
    for (const month of months(Math.min(...dates), Math.max(...dates))) {
      const end = new Date(`${month}-01T00:00:00Z`)
      end.setUTCMonth(end.getUTCMonth() + 1)
      const commit = commits.find((each) => each.date <= end.getTime())?.hash
      if (!commit) continue
      let locales = commit === head && current ? current : cache.points[commit]
      if (!locales) {
        // A clone sharing the repository's objects, checked out at the commit: the project's own
        // worktrees and index are never touched.
        clone ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-progress-'))
        if (!fs.existsSync(path.join(clone, '.git'))) git(clone, 'clone', '--quiet', '--shared', '--no-checkout', top, '.')
        git(clone, 'checkout', '--quiet', '--force', '--detach', commit)
        // One summary cache for all months of a run: a month re-reads only the files that changed.
        locales = await statusAt(path.join(clone, sub), `${clone}.cache`)
        cache.points[commit] = locales
        checked++
      }
      series.push({month, commit, locales})
    }
  } finally {
    if (clone) for (const dir of [clone, `${clone}.cache`]) fs.rmSync(dir, {recursive: true, force: true})
  }
  if (cacheFile && checked > 0) writeCache(cacheFile, cache)
  return {series, checked}
}

async function statusAt(cwd: string, cacheDir: string): Promise<ProgressPoint['locales']> {
  try {
    const {config} = await loadConfig({cwd})
    return progressPoint(statusData(await check({config, cwd, cacheDir})))
  } catch {
    // No content or no valid config yet at that commit: no locales to show.
    return {}
  }
}

/** The point of progress of one status (`statusData`): each locale's section counts and percentage. */
export function progressPoint(status: LocaleStatus[]): ProgressPoint['locales'] {
  return Object.fromEntries(status.map(({locale, translated, outdated, untranslated, missing, total}) => {
    const counts = {translated, outdated, untranslated, missing, total}
    return [locale, {...counts, percent: percentOf(counts)}]
  }))
}

/** Every month from the one of `from` to the one of `to`, as `YYYY-MM` (UTC). */
export function months(from: number, to: number): string[] {
  const list: string[] = []
  const at = new Date(from)
  at.setUTCDate(1)
  at.setUTCHours(0, 0, 0, 0)
  while (at.getTime() <= to) {
    list.push(at.toISOString().slice(0, 7))
    at.setUTCMonth(at.getUTCMonth() + 1)
  }
  return list
}

interface Cache {
  version: string
  points: Record<string, ProgressPoint['locales']>
}

function readCache(file: string | undefined): Cache {
  const empty = {version, points: {}}
  if (!file) return empty
  try {
    const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as Cache
    // Another version of Lockstep may count differently: start again.
    return cache.version === version && typeof cache.points === 'object' ? cache : empty
  } catch {
    return empty
  }
}

function writeCache(file: string, cache: Cache): void {
  fs.mkdirSync(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, JSON.stringify(cache))
  fs.renameSync(temporary, file)
}
