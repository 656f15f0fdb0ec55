// remark-gfm's literal-autolink transform run only where a block has an address
// (src/engine/parse/autolink-literals-where-found.ts) against the transform on the whole tree, on
// real pages read in place: every third page of the OpenTelemetry snapshot and of the CNCF glossary
// (Hugo Markdown with shortcodes), and every page of the Starlight docs (MDX and Markdown with
// directives). The trees must be the same, node for node.
import fs from 'node:fs'
import path from 'node:path'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, describe, expect, it} from 'vitest'
import {remarkAutolinkLiteralsWhereFound} from '../../src/engine/parse/autolink-literals-where-found.ts'
import {defaultPairedShortcodes, remarkShortcodes} from '../../src/engine/parse/shortcode/index.ts'
import {cloneBundle, corpusDir} from './corpus.ts'

type Kind = 'hugo' | 'mdx' | 'starlight-md'

function processor(kind: Kind, whereFound: boolean) {
  const stack = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
  if (whereFound) stack.use(remarkAutolinkLiteralsWhereFound)
  if (kind === 'hugo') return stack.use(remarkShortcodes, {paired: [...defaultPairedShortcodes]})
  stack.use(remarkDirective)
  return kind === 'mdx' ? stack.use(remarkMdx) : stack
}

/** Files of `root` ending in `.md`/`.mdx`, sorted, every `step`th. */
function pages(root: string, step: number): string[] {
  const files = fs.readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((file) => /\.mdx?$/.test(file))
  return files.sort().filter((_, index) => index % step === 0).map((file) => path.join(root, file))
}

/** Pages whose trees differ (by file), of those that parse; how many parsed. */
function compare(files: readonly string[], kindOf: (file: string) => Kind): {differ: string[]; parsed: number} {
  const differ: string[] = []
  let parsed = 0
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    const kind = kindOf(file)
    let whole: string
    try {
      const reference = processor(kind, false)
      whole = JSON.stringify(reference.runSync(reference.parse(text)))
    } catch {
      continue // a page remark cannot parse is a parse error, the same with either
    }
    const guarded = processor(kind, true)
    if (JSON.stringify(guarded.runSync(guarded.parse(text))) !== whole) differ.push(file)
    parsed++
  }
  return {differ, parsed}
}

const clones: string[] = []
afterAll(() => {
  for (const clone of clones) fs.rmSync(clone, {recursive: true, force: true})
})

describe('literal autolinks only where found, on the corpora', () => {
  it('gives the same trees on every third OpenTelemetry page', () => {
    const result = compare(pages(path.join(corpusDir, 'otel/content'), 3), () => 'hugo')
    expect(result.parsed).toBeGreaterThan(550)
    expect(result.differ).toEqual([])
  })

  it('gives the same trees on every third glossary page', () => {
    const clone = cloneBundle('glossary')
    clones.push(clone)
    const result = compare(pages(clone, 3), () => 'hugo')
    expect(result.parsed).toBeGreaterThan(300)
    expect(result.differ).toEqual([])
  })

  it('gives the same trees on every Starlight docs page', () => {
    const clone = cloneBundle('starlight-docs')
    clones.push(clone)
    const result = compare(pages(path.join(clone, 'docs/src/content/docs'), 1), (file) => (file.endsWith('.mdx') ? 'mdx' : 'starlight-md'))
    expect(result.parsed).toBeGreaterThan(300)
    expect(result.differ).toEqual([])
  })
})
