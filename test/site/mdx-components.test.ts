import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {RootContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {toHtml} from 'hast-util-to-html'
import {afterAll, describe, expect, it} from 'vitest'
import {parsePage, validateConfig} from '../../src/engine/index.ts'
import {resolveComponents} from '../../src/starlight/mdx-components.ts'
import {remarkMissingImports} from '../../src/starlight/plain.ts'

const config = validateConfig({})
// A Starlight project as the Starlight docs are: pages in src/content/docs, components in src/components.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-components-'))
fs.mkdirSync(path.join(project, 'src/components'), {recursive: true})
fs.writeFileSync(path.join(project, 'src/components/Real.astro'), '<slot />\n')
const file = path.join(project, 'src/content/docs/fr/guide.mdx')
afterAll(() => fs.rmSync(project, {recursive: true, force: true}))

/** The page as the site shows it: its kept imports (as source) and its body as HTML. */
function show(source: string, options: {mdx?: boolean} = {}) {
  const missing: string[] = []
  const tree = parsePage(Buffer.from(source), {path: 'guide.mdx', mdx: true, config}).tree!
  const children = tree.children.filter((node) => node.type !== 'yaml')
  const page = resolveComponents(
    children.filter((node) => (node.type as string) === 'mdxjsEsm'),
    children.filter((node) => (node.type as string) !== 'mdxjsEsm'),
    {file, locale: 'fr', mdx: options.mdx ?? true, onMissing: (name) => missing.push(name)}
  )
  const imports = (page.esm as unknown as {data: {estree: {body: {source: {value: string}}[]}}}[]).flatMap((node) => node.data.estree.body.map((statement) => statement.source.value))
  return {imports, html: toHtml(toHast({type: 'root', children: page.children as RootContent[]} as never, {allowDangerousHtml: true})), missing}
}

describe('MDX components the content does not have', () => {
  const page = [
    "import Preview from '~/components/component-preview.astro'",
    "import Real from '~/components/Real.astro'",
    "import {Tabs} from '@astrojs/starlight/components'",
    '',
    'Intro.',
    '',
    '<Preview>',
    '',
    'Shown **inside**.',
    '',
    '</Preview>',
    '',
    '<Real>kept</Real>',
    ''
  ].join('\n')

  it('drops the import of a missing file and shows its component as a named placeholder, children kept', () => {
    const {imports, html, missing} = show(page)
    expect(imports).toEqual(['~/components/Real.astro', '@astrojs/starlight/components'])
    expect(html).toContain('<div class="component-missing" data-component="Preview" title="Component this site does not have"><code class="component-tag">&#x3C;Preview></code><p>Shown <strong>inside</strong>.</p></div>')
    expect(missing).toEqual(['Preview'])
  })

  it('keeps components whose import names a file the project has, or a package', () => {
    const {html} = show(page)
    expect(html).not.toContain('data-component="Real"')
    expect(html).not.toContain('data-component="Tabs"')
  })

  it('shows a component used but never imported (an English section in a page that lacks its import) as a placeholder', () => {
    expect(show('Intro.\n\n<Steps>\n\n1. One\n\n</Steps>\n').missing).toEqual(['Steps'])
  })

  it('keeps an export inside an element (the Starlight docs’ `export const` in a `<Preview>`) where it is', () => {
    const tree = parsePage(Buffer.from("import {Box} from 'box'\n\n<Box>\n\nexport const code = 1\n\n</Box>\n"), {path: 'guide.mdx', mdx: true, config}).tree!
    const [esm, box] = tree.children as unknown as {type: string; children: {type: string}[]}[]
    expect(box!.children.map((child) => child.type)).toEqual(['mdxjsEsm'])
    const page = resolveComponents([esm as never], [box as never], {file, locale: 'fr', mdx: true, onMissing: () => {}})
    expect((page.children[0] as unknown as {children: {type: string}[]}).children.map((child) => child.type)).toEqual(['mdxjsEsm'])
  })

  it('drops an import a composed section repeats (an import in the middle of a page, which sections wrap)', () => {
    const tree = parsePage(Buffer.from("Intro.\n\nimport {Card} from 'cards'\n\n<Card />\n"), {path: 'guide.mdx', mdx: true, config}).tree!
    const esm = tree.children.filter((node) => (node.type as string) === 'mdxjsEsm')
    expect(esm).toHaveLength(1)
    // As the composed page has it: the page's nodes inside a section element.
    const section = {type: 'lockstepElement', data: {hName: 'section'}, children: structuredClone(tree.children)} as unknown as RootContent
    const missing: string[] = []
    const page = resolveComponents(esm, [section], {file, locale: 'fr', mdx: true, onMissing: (name) => missing.push(name)})
    expect(page.esm).toEqual(esm)
    expect((page.children[0] as unknown as {children: {type: string}[]}).children.map((child) => child.type)).toEqual(['paragraph', 'mdxJsxFlowElement'])
    expect(missing).toEqual([])
  })

  it('shows an element or expression reading a value whose import was dropped as a placeholder (`?raw` imports of files not in the content)', () => {
    const {imports, html, missing} = show("import {Code} from '@astrojs/starlight/components'\nimport example from '../../../examples/tsconfig.json?raw'\n\n<Code code={example} lang=\"json\" />\n\nSize: {example.length}.\n")
    expect(imports).toEqual(['@astrojs/starlight/components'])
    expect(missing).toEqual(['Code', '{example.length}'])
    expect(html).toContain('<div class="component-missing" data-component="Code"')
    expect(html).toContain('<code class="component-missing" title="Component this site does not have">{example.length}</code>')
  })

  it('in a Markdown page, shows every component as a placeholder and drops import lines, never as paragraphs', () => {
    const {html, missing} = show("import {Tabs} from '@astrojs/starlight/components'\n\nText with <Tabs.Item>inline</Tabs.Item>.\n", {mdx: false})
    expect(missing).toEqual(['Tabs.Item'])
    expect(html).not.toContain('import')
    expect(html).toContain('<span class="component-missing" data-component="Tabs.Item"')
  })
})

describe('the plain Starlight baseline (LOCKSTEP_PLAIN=1)', () => {
  const source = ["import Preview from '~/components/component-preview.astro'", "import Real from '~/components/Real.astro'", '', '<Preview>Shown</Preview>', '', '<Real>Kept</Real>', ''].join('\n')
  const run = (at: string) => {
    const tree = parsePage(Buffer.from(source), {path: 'guide.mdx', mdx: true, config}).tree!
    tree.children = tree.children.filter((node) => node.type !== 'yaml')
    remarkMissingImports({contentDir: path.join(project, 'src/content/docs')})(tree, {path: at} as never)
    const esm = tree.children.filter((node) => (node.type as string) === 'mdxjsEsm') as unknown as {data: {estree: {body: {source: {value: string}}[]}}}[]
    const body = tree.children.filter((node) => (node.type as string) !== 'mdxjsEsm')
    return {imports: esm.flatMap((node) => node.data.estree.body.map((statement) => statement.source.value)), html: toHtml(toHast({type: 'root', children: body} as never, {allowDangerousHtml: true}))}
  }

  it('shows a component whose import names no file as the plugin does, and keeps the others', () => {
    const {imports, html} = run(file)
    expect(html).toContain('<span class="component-missing" data-component="Preview"')
    expect(html).toContain('<code class="component-tag">&#x3C;Preview></code>Shown')
    expect(html).not.toContain('data-component="Real"')
    expect(html).toBe(show(source).html)
    // The import of the missing file is gone (it would fail the build); the other stays.
    expect(imports).toEqual(['~/components/Real.astro'])
  })

  it('leaves files outside the content folder alone', () => {
    const outside = run(path.join(project, 'src/pages/other.mdx'))
    expect(outside.html).not.toContain('component-missing')
    expect(outside.imports).toEqual(['~/components/component-preview.astro', '~/components/Real.astro'])
  })
})
