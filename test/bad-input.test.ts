import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {checkTree, writeTree} from './helpers.ts'

const run = promisify(execFile)
const cli = path.resolve(import.meta.dirname, '../src/cli/run.ts')
const good = '---\ntitle: Guide\n---\n\nSee the [guide](/docs/guide/).\n\n## Install\n\nRun `npm i`.\n'
const goodEs = '---\ntitle: Guía\n---\n\nMira la [guía](/docs/guide/).\n\n## Instalar\n\nEjecuta `npm i`.\n'

/** A tree with one bad Spanish page beside a good one, checked; returns the bad page's diagnostics. */
async function checkBad(bad: string | Uint8Array, name = 'es/bad.md') {
  const root = await writeTree({'en/guide.md': good, 'es/guide.md': goodEs, 'en/bad.md': good, [name]: bad})
  const {report} = await checkTree(root)
  const other = report.pages.find((page) => page.locale === 'es' && page.page === 'guide')!
  // The good page is still checked, whatever happened to the bad one.
  expect(other.status).toBe('translated')
  expect(other.coverage).toBe(1)
  return report.diagnostics.filter((diagnostic) => diagnostic.file.endsWith(name))
}

describe('bad input gets a diagnostic with file and line, and the run goes on', () => {
  it('invalid YAML front matter', async () => {
    const diagnostics = await checkBad('---\ntitle: Guía\nweight: [1\n---\n\nTexto.\n')
    expect(diagnostics.map((d) => [d.rule, d.line])).toContainEqual(['parse-error', 3])
  })

  it('an unclosed shortcode', async () => {
    const diagnostics = await checkBad('---\ntitle: Guía\n---\n\nTexto.\n\n{{< note >}}\nNunca cerrada.\n')
    const error = diagnostics.find((d) => d.rule === 'parse-error')
    expect(error?.line).toBe(7)
    expect(error?.message).toContain('note')
  })

  it('an unclosed code fence', async () => {
    const diagnostics = await checkBad('---\ntitle: Guía\n---\n\nTexto.\n\n```sh\nnpm i\n\n## Instalar\n')
    expect(diagnostics.map((d) => [d.rule, d.line])).toContainEqual(['markup-error', 7])
  })

  it('invalid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Guía\n---\n\nTexto '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')])
    const diagnostics = await checkBad(bytes)
    expect(diagnostics.find((d) => d.rule === 'parse-error')?.message).toContain('Invalid UTF-8')
    expect(diagnostics.find((d) => d.rule === 'parse-error')?.line).toBe(5)
  })

  it('a binary file named .md', async () => {
    const diagnostics = await checkBad(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([['parse-error', 1, 'Binary file: not a text page']])
  })

  it('an empty file', async () => {
    const diagnostics = await checkBad('')
    // An empty translation is a translation with every section missing, not a crash.
    expect(diagnostics.map((d) => d.rule)).toContain('missing-section')
  })

  it('a 5 MB page', async () => {
    const paragraph = 'Lockstep lee esta página muy larga sin problemas, sección por sección. '.repeat(20) + '\n\n'
    let page = '---\ntitle: Guía\n---\n\n'
    for (let index = 0; page.length < 5_000_000; index++) page += `## Sección ${index}\n\n${paragraph}`
    const diagnostics = await checkBad(page)
    expect(diagnostics.filter((d) => d.rule === 'parse-error')).toEqual([])
    expect(diagnostics.filter((d) => d.rule === 'extra-section').length).toBeGreaterThan(100)
  }, 60_000)

  it('10,000-deep nested lists', async () => {
    // Each `- ` opens a list item inside the previous one: 10,000 levels in one line.
    const page = '---\ntitle: Guía\n---\n\n' + '- '.repeat(10_000) + 'fondo\n'
    const diagnostics = await checkBad(page)
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toContainEqual(['parse-error', 5, 'Nested 10000 levels deep (more than 100): not parsed'])
  })

  it('10,000-deep nested lists by indentation', async () => {
    let page = '---\ntitle: Guía\n---\n\n'
    for (let depth = 0; depth < 10_000; depth++) page += `${'  '.repeat(depth)}- nivel ${depth}\n`
    const diagnostics = await checkBad(page)
    expect(diagnostics.find((d) => d.rule === 'parse-error')?.message).toMatch(/^Nested \d+ levels deep/)
  }, 30_000)

  // Pages that stalled the parser for half a minute or more: each is refused by its structure alone,
  // at the line of its nesting, in milliseconds (a generous bound, not a benchmark).
  const intro = '---\ntitle: Guía\n---\n\nTexto.\n\n'
  it.each([
    ['block quotes with no space (`>>>>…`)', `${'>'.repeat(2_000)} cita\n`.repeat(2_000), 'Nested 2000 levels deep (more than 100): not parsed'],
    ['250 block quotes for 8,000 lines', `${'> '.repeat(250)}cita\n`.repeat(8_000), 'Nested 250 levels deep (more than 100): not parsed'],
    ['60 block quotes for 900 lines', `${'> '.repeat(60)}cita\n`.repeat(900), 'Lists and quotes nested over too many lines (54000 line-levels, more than 50000): not parsed'],
    ['a list nested 150 levels by tabs', Array.from({length: 150}, (_, depth) => `${'\t'.repeat(depth)}- nivel\n`).join('').repeat(20), 'Nested 150 levels deep (more than 100): not parsed', 7 + 149],
    ['a list item with 5,000 lazy lines', `- punto\n${'sigue\n'.repeat(5_000)}`, 'A paragraph in a list or quote runs over 5001 lines (more than 2000): not parsed']
  ])('%s', async (_, body, message, line = 7) => {
    const start = performance.now()
    const diagnostics = await checkBad(intro + body)
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([['parse-error', line, message]])
    expect(performance.now() - start).toBeLessThan(20_000)
  })

  it('an MDX page of 20,000 `{` then 20,000 `}`', async () => {
    const diagnostics = await checkBad(`${intro}${'{'.repeat(20_000)}${'}'.repeat(20_000)}\n`, 'es/bad.mdx')
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([['parse-error', 7, 'Expression braces nested 20000 deep (more than 100): not parsed']])
  })

  it('long indented front matter is data, not a nested paragraph', async () => {
    const diagnostics = await checkBad(`---\ntitle: Guía\ndata:\n${'  clave: valor\n'.repeat(3_000)}---\n\nTexto.\n`)
    expect(diagnostics.filter((d) => d.rule === 'parse-error')).toEqual([])
  })

  it('MDX braces in code are not expressions', async () => {
    const code = `\`\`\`js\n${'{'.repeat(500)}\n\`\`\`\n\nUsa \`${'{'.repeat(200)}\` aquí.\n`
    const diagnostics = await checkBad(`${intro}${code}`, 'es/bad.mdx')
    expect(diagnostics.filter((d) => d.rule === 'parse-error')).toEqual([])
  })

  it('a symbolic link loop in the content tree', async () => {
    const root = await writeTree({'en/guide.md': good, 'es/guide.md': goodEs})
    await fs.symlink('.', path.join(root, 'content/es/loop'))
    const {report} = await checkTree(root)
    expect(report.diagnostics.filter((d) => d.message.includes('loop')).map((d) => d.file)).toEqual(['content/es/loop'])
    expect(report.pages.find((page) => page.locale === 'es')!.status).toBe('translated')
  })

  it('a locale folder with no pages', async () => {
    const root = await writeTree({'en/guide.md': good, 'es/guide.md': goodEs})
    await fs.mkdir(path.join(root, 'content/fr'))
    const {report} = await checkTree(root)
    expect(report.locales).toEqual(['es', 'fr'])
    expect(report.diagnostics.find((d) => d.file === 'content/fr')?.message).toBe('Locale folder `fr` has no pages')
    expect(report.pages.find((page) => page.locale === 'fr')?.status).toBe('missing')
  })
})

describe('the CLI', () => {
  it('exits 2 with a clear message for a config with an unknown key', async () => {
    const root = await writeTree({'en/guide.md': good})
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({sourceLocal: 'en'}))
    const error = await run(process.execPath, [cli, 'check'], {cwd: root}).catch((caught: {code: number; stderr: string}) => caught)
    expect(error).toMatchObject({code: 2})
    expect((error as {stderr: string}).stderr).toContain('Unrecognized key: "sourceLocal"')
  })

  it('exits 2 for a config value of the wrong type', async () => {
    const root = await writeTree({'en/guide.md': good})
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({rules: {'missing-section': 'loud'}}))
    const error = await run(process.execPath, [cli, 'check'], {cwd: root}).catch((caught: {code: number; stderr: string}) => caught)
    expect(error).toMatchObject({code: 2})
    expect((error as {stderr: string}).stderr).toContain('rules.missing-section')
  })

  it('exits 2 for an unknown flag and 1 when an error is found, 0 with --fail-on never', async () => {
    const root = await writeTree({'en/guide.md': good, 'es/guide.md': '---\ntitle: Guía\n---\n\nTexto.\n'})
    await expect(run(process.execPath, [cli, 'check', '--frobnicate'], {cwd: root})).rejects.toMatchObject({code: 2})
    await expect(run(process.execPath, [cli, 'check', '--no-cache'], {cwd: root})).rejects.toMatchObject({code: 1})
    const {stdout} = await run(process.execPath, [cli, 'check', '--no-cache', '--fail-on', 'never'], {cwd: root})
    expect(stdout).toContain('Missing section “Install” (H2)')
  })

  it('never writes into the content tree', async () => {
    const root = await writeTree({'en/guide.md': good, 'es/guide.md': goodEs})
    const before = await listing(path.join(root, 'content'))
    await run(process.execPath, [cli, 'check', '--format', 'json', '--output', 'report.json'], {cwd: root})
    expect(await listing(path.join(root, 'content'))).toEqual(before)
    const report = JSON.parse(await fs.readFile(path.join(root, 'report.json'), 'utf8')) as {schemaVersion: number}
    expect(report.schemaVersion).toBe(1)
  })
})

async function listing(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true})
  const result: string[] = []
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name)
    const stat = await fs.stat(full)
    result.push(`${path.relative(dir, full)} ${stat.size} ${stat.mtimeMs}`)
  }
  return result.sort()
}
