// Build `content/<locale>/<page>` from the seed pages: one page per seed file, named by the
// language detected in it, plus the translations split out of a bilingual seed.
//
//   node scripts/import-seeds.ts [seeds-dir] [--page docs/…/page.md] [--content content]
//
// Pages are written byte for byte as the seed has them, without adding a trailing newline the
// seed lacks (the es seed ends without one), so a seed and its page can be compared with `cmp`.
// Only files whose bytes change are rewritten, so running it twice writes nothing.
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {parse as parseYaml} from 'yaml'
import {splitBilingual} from '../src/engine/content/split-bilingual.ts'
import {detectLanguage} from '../src/engine/text/detect-language.ts'
import {proseOf} from '../src/engine/text/prose-of.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// The seeds carry no path, and they are all the same Kubernetes page.
const defaultPage = 'docs/concepts/architecture/control-plane-node-communication.md'

// Detected languages whose Kubernetes locale is not the bare language code. eld cannot tell
// Simplified from Traditional Chinese; the seed is Simplified, as on kubernetes.io.
const localeOfLanguage: Readonly<Record<string, string>> = {zh: 'zh-cn'}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/

/** The language of a whole page, from its front matter title and its prose (code ignored). */
function pageLanguage(markdown: string): string {
  const matter = frontMatter.exec(markdown)
  let title = ''
  if (matter) {
    const data: unknown = parseYaml(matter[1] ?? '')
    if (data && typeof data === 'object' && 'title' in data && typeof data.title === 'string') title = data.title
  }
  const body = matter ? markdown.slice(matter[0].length) : markdown
  return detectLanguage(proseOf(`${title}\n\n${body}`).text).language
}

async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const before = await readFile(file, 'utf8').catch(() => undefined)
  if (before === text) return false
  await mkdir(dirname(file), {recursive: true})
  await writeFile(file, text)
  return true
}

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {page: {type: 'string', default: defaultPage}, content: {type: 'string', default: 'content'}}
})
const seeds = positionals[0] ? resolve(positionals[0]) : resolve(root, '../shared/seeds')
const content = resolve(root, values.content)
const page = values.page

const pages = new Map<string, {from: string; markdown: string}>()
function add(language: string, from: string, markdown: string): void {
  const locale = localeOfLanguage[language] ?? language
  const earlier = pages.get(locale)
  if (earlier) throw new Error(`${from} and ${earlier.from} are both ${locale}; which one is the page?`)
  pages.set(locale, {from, markdown})
}

const files = (await readdir(seeds)).filter((name) => name.endsWith('.txt') && !/^readme/i.test(name)).sort()
for (const name of files) {
  const markdown = await readFile(join(seeds, name), 'utf8')
  const language = pageLanguage(markdown)
  if (language === '') throw new Error(`${name}: cannot tell its language`)
  const split = splitBilingual(markdown, {source: language})
  add(language, name, split.source)
  for (const translation of split.translations) {
    add(translation.language, `${name} (${translation.fences} fences)`, translation.markdown)
  }
}

for (const [locale, {from, markdown}] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
  const file = join(content, locale, page)
  const changed = await writeIfChanged(file, markdown)
  console.log(`${changed ? 'wrote    ' : 'unchanged'} ${relative(root, file)}  ← ${from}`)
}
