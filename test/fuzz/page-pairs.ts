import fs from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {expect} from 'vitest'
import {check, formatJson, validateConfig} from '../../src/engine/index.ts'
import {defaultPageTimeoutMs} from '../../src/engine/content/summary-pool.ts'
import {writeTree} from '../helpers.ts'

// Random page pairs through the whole engine (the public API, on real temp folders): Hugo shortcodes
// paired and not, MDX, fences, comments, `{#id}`, front matter good and bad, scripts of every
// direction and width, combining marks, emoji, and pages of random bytes.

const word = fc.constantFrom('install', 'Configure', 'deploy', 'kubectl', 'Lockstep', 'instalar', 'configurar', 'désinstaller', 'Установка', 'настройка', '安装', '配置', 'インストール', 'التثبيت', 'הגדרה', 'e\u0301te\u0301', 'n\u0303o', '👩‍💻', '🚀', '\u200f', '1.18', '42', 'v2.0.1')
const text = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => words.join(' '))
const id = fc.constantFrom('install', 'setup', 'x', 'faq', 'a-b', 'über')
const inline = fc.oneof(
  text,
  text.map((value) => `**${value}**`),
  id.map((value) => `[${value}](/docs/${value}/#${value})`),
  id.map((value) => `[here](#${value})`),
  id.map((value) => `\`${value} --flag\``),
  id.map((value) => `{{< glossary_tooltip text="${value}" term_id="${value}" >}}`),
  fc.constantFrom('<br>', '<span id="k">k</span>', '{props.x}', '{', '}', '<Badge text="new" />', '\\', '*', '_', '`', '<', '&amp;', '{{<', '>}}')
)
const paragraph = fc.array(inline, {minLength: 1, maxLength: 6}).map((parts) => parts.join(' '))
const block: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: paragraph},
  {weight: 3, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), text, fc.option(id)).map(([level, title, explicit]) => `${'#'.repeat(level)} ${title}${explicit ? ` {#${explicit}}` : ''}`)},
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'sh', 'js'), paragraph, fc.boolean()).map(([fence, lang, body, closed]) => `${fence}${lang}\n${body}\n${closed ? fence : ''}`),
  fc.tuple(fc.constantFrom('note', 'warning', 'tab', 'capture body'), paragraph, fc.constantFrom('paired', 'unpaired', 'percent')).map(([name, body, kind]) =>
    kind === 'paired' ? `{{< ${name} >}}\n${body}\n{{< /${name.split(' ')[0]} >}}` : kind === 'percent' ? `{{% ${name} %}}\n${body}\n{{% /${name.split(' ')[0]} %}}` : `{{< ${name} >}}\n${body}`
  ),
  fc.tuple(fc.constantFrom('Aside', 'Tabs', 'TabItem', 'Steps'), paragraph, fc.boolean()).map(([name, body, closed]) => `<${name} type="note">\n${body}\n${closed ? `</${name}>` : ''}`),
  fc.constantFrom("import {Aside} from '@astrojs/starlight/components'", 'export const x = {a: 1}', '{/* comment */}', '{1 + 1}'),
  fc.tuple(text, fc.boolean()).map(([body, heading]) => (heading ? `<!-- ## ${body} -->` : `<!-- ${body} -->`)),
  fc.tuple(fc.integer({min: 1, max: 4}), paragraph).map(([depth, body]) => `${'  '.repeat(depth - 1)}- ${body}\n${'>'.repeat(depth)} ${body}`),
  paragraph.map((body) => `| a | b |\n| - | - |\n| ${body} | 1 |`)
)
const frontmatter = fc.oneof(
  fc.constant(''),
  text.map((title) => `---\ntitle: ${JSON.stringify(title)}\nweight: 3\n---\n`),
  fc.constantFrom('---\ntitle: [1\n---\n', '---\ntitle: *undefined\n---\n', '---\ndata: !!binary aGVsbG8=\n---\n', '+++\ntitle = "Guía"\n+++\n', '---\n---\n', '---\ntitle: x\n')
)
const page = fc.tuple(frontmatter, fc.array(block, {maxLength: 12})).map(([front, blocks]) => `${front}\n${blocks.join('\n\n')}\n`)

/** A source page and its translation: a variant of the source, an unrelated page, or random bytes. */
export const pagePair = fc
  .tuple(page, fc.boolean())
  .chain(([source, mdx]) =>
    fc.record({
      mdx: fc.constant(mdx),
      source: fc.oneof({weight: 9, arbitrary: fc.constant<string | Uint8Array>(source)}, fc.uint8Array({maxLength: 400})),
      target: fc.oneof(
        {weight: 3, arbitrary: fc.constant<string | Uint8Array>(source)},
        {weight: 4, arbitrary: fc.shuffledSubarray(source.split('\n\n')).map((blocks) => blocks.join('\n\n'))},
        {weight: 3, arbitrary: page},
        fc.uint8Array({maxLength: 400})
      )
    })
  )

/** The properties of one page pair: no throw, no page over the time budget, the same JSON twice, and warm cache = `--no-cache`. */
export async function checkPagePair({mdx, source, target}: {mdx: boolean; source: string | Uint8Array; target: string | Uint8Array}): Promise<void> {
  const extension = mdx ? 'mdx' : 'md'
  const root = await writeTree({
    [`en/guide.${extension}`]: source,
    [`es/guide.${extension}`]: target,
    'en/other.md': '# Other\n\n## Install\n\nSee [the guide](/docs/guide/#install).\n',
    'es/other.md': '# Otra\n\n## Instalar {#install}\n\nMira [la guía](/docs/guide/#instalar).\n'
  })
  try {
    const config = validateConfig({})
    const run = async (cacheDir?: string) => {
      const start = performance.now()
      const result = await check({config, cwd: root, ...(cacheDir ? {cacheDir} : {})})
      expect(performance.now() - start).toBeLessThan(defaultPageTimeoutMs)
      expect(result.skipped).toEqual([])
      return formatJson(result.report)
    }
    const cacheDir = path.join(root, '.lockstep-cache')
    const uncached = await run()
    expect(await run(cacheDir)).toBe(uncached)
    // Warm: every page's summary and result come from the cache.
    expect(await run(cacheDir)).toBe(uncached)
  } finally {
    await fs.rm(root, {recursive: true, force: true})
  }
}
