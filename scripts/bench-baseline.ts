// The baselines that `npm run bench` alternates with Lockstep, each run as a whole process of its own:
//   node scripts/bench-baseline.ts read <dir>   read and hash every .md/.mdx file under <dir>
//   node scripts/bench-baseline.ts parse <dir>  a bare one-thread remark parse of them
//                                               (remark-parse + remark-frontmatter + remark-gfm,
//                                               MDX pages with remark-mdx too): what any
//                                               remark-based checker has to do at least.
// It imports nothing of Lockstep, so its start-up is only Node's and remark's.
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const [mode, dir] = process.argv.slice(2) as [string, string]
const files = fs
  .readdirSync(dir, {recursive: true, encoding: 'utf8'})
  .filter((name) => /\.mdx?$/.test(name) && !name.split(path.sep).includes('.lockstep-cache'))
  .sort()
  .map((name) => path.join(dir, name))

if (mode === 'read') {
  const hash = createHash('sha256')
  for (const file of files) hash.update(fs.readFileSync(file))
  console.log(JSON.stringify({files: files.length, digest: hash.digest('hex').slice(0, 12)}))
} else if (mode === 'parse') {
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}, {default: remarkGfm}, {default: remarkMdx}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-gfm'),
    import('remark-mdx')
  ])
  const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
  const mdx = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx)
  let nodes = 0
  for (const file of files) {
    const value = fs.readFileSync(file, 'utf8')
    let tree
    try {
      tree = (file.endsWith('.mdx') ? mdx : markdown).parse(value)
    } catch {
      continue // an MDX page that does not parse costs what it cost
    }
    nodes += tree.children.length
  }
  console.log(JSON.stringify({files: files.length, nodes}))
} else {
  console.error(`bench-baseline: unknown mode ${mode}`)
  process.exit(2)
}
