// One measurement of the benchmark, run in its own process so its time and peak memory are its own.
// Usage: node scripts/bench-child.ts <read|bare|check> <cwd> <contentDir> [config.json]
import fs from 'node:fs/promises'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {check, findPages, validateConfig} from '../src/engine/index.ts'

const [mode, cwd, contentDir, configFile] = process.argv.slice(2) as [string, string, string, string | undefined]
const config = validateConfig(configFile ? JSON.parse(await fs.readFile(configFile, 'utf8')) : {})
const tree = await findPages({root: contentDir, cwd, sourceLocale: config.sourceLocale, layout: config.layout})
const start = performance.now()
let bytes = 0
if (mode === 'read') {
  for (const file of tree.files) bytes += (await fs.readFile(file.path)).byteLength
} else if (mode === 'bare') {
  // What any remark-based tool must do at least: parse each page once, MDX pages as MDX.
  const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
  const mdx = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx)
  for (const file of tree.files) {
    const value = await fs.readFile(file.path, 'utf8')
    bytes += Buffer.byteLength(value)
    ;(file.path.endsWith('.mdx') ? mdx : markdown).parse(value)
  }
} else if (mode === 'check') {
  const {report} = await check({config, cwd, contentDir})
  bytes = report.pages.length
} else {
  throw new Error(`Unknown mode ${mode}`)
}
const ms = performance.now() - start
console.log(JSON.stringify({mode, files: tree.files.length, bytes, ms, peakMB: process.resourceUsage().maxRSS / 1024, dir: path.basename(cwd)}))
