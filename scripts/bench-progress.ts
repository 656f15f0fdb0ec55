// node scripts/bench-progress.ts <project> <cache file> [--forget-last]: one run of /status/'s
// progress over time (one check per month of history not in the cache), as `npm run bench` times it.
// `--forget-last` first drops the newest month's point from the cache: a rebuild after a new month.
import fs from 'node:fs'
import {progressSeries} from '../src/starlight/status-progress.ts'

const [project, cacheFile] = process.argv.slice(2)
if (!project || !cacheFile) throw new Error('usage: bench-progress.ts <project> <cache file> [--forget-last]')
if (process.argv.includes('--forget-last') && fs.existsSync(cacheFile)) {
  const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {points: Record<string, unknown>}
  const last = Object.keys(cache.points).at(-1)
  if (last) delete cache.points[last]
  fs.writeFileSync(cacheFile, JSON.stringify(cache))
}
const result = await progressSeries(project, cacheFile)
console.error(`${result?.series.length ?? 0} months, ${result?.checked ?? 0} checked`)
