import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {check, loadConfig, version} from '../engine/index.ts'
import {percentOf, statusData, type SectionCounts} from './status-data.ts'

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
 * `cacheFile` by commit, so a rebuild checks only months whose last commit is new. Undefined outside
 * a git repository.
 */
export async function progressSeries(root: string, cacheFile?: string): Promise<ProgressResult | undefined> {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, {cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  let top: string
  let dates: number[]
  try {
    top = git(root, 'rev-parse', '--show-toplevel')
    dates = git(root, 'log', '--format=%ct', 'HEAD').split('\n').filter(Boolean).map((each) => Number(each) * 1000)
  } catch {
    return undefined
  }
  if (dates.length === 0) return undefined
  const cache = readCache(cacheFile)
  const sub = path.relative(top, root)
  const series: ProgressPoint[] = []
  let checked = 0
  let clone: string | undefined
  try {
    for (const month of months(Math.min(...dates), Math.max(...dates))) {
      const end = new Date(`${month}-01T00:00:00Z`)
      end.setUTCMonth(end.getUTCMonth() + 1)
      const commit = git(root, 'rev-list', '-1', `--before=${end.toISOString()}`, 'HEAD')
      if (!commit) continue
      let locales = cache.points[commit]
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
    const result = await check({config, cwd, cacheDir})
    return Object.fromEntries(statusData(result).map(({locale, translated, outdated, untranslated, missing, total}) => {
      const counts = {translated, outdated, untranslated, missing, total}
      return [locale, {...counts, percent: percentOf(counts)}]
    }))
  } catch {
    // No content or no valid config yet at that commit: no locales to show.
    return {}
  }
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
