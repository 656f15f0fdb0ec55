import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {reportJsonSchema} from '../../src/engine/report/report-schema.ts'
import {shardSelector} from '../../src/engine/report/shard-selector.ts'
import {writeTree} from '../helpers.ts'
import {repoRoot, runCli} from './cli.ts'

const page = (title: string, code: string, sections: string[]) => `---\ntitle: ${title}\n---\n\nIntro \`${code}\`.\n` + sections.map((section, index) => `\n## ${section}\n\nRun \`${code}-${index}\`.\n`).join('')

/** Shard a site n ways through the CLI, merge the JSON reports, and return both outputs. */
async function shardAndMerge(cwd: string, count: number, format: string) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-shards-'))
  const files: string[] = []
  for (let index = 1; index <= count; index++) {
    const file = path.join(folder, `shard-${index}.json`)
    const {code, stderr} = await runCli(['check', '--no-cache', '--fail-on', 'never', '--shard', `${index}/${count}`, '--format', `json=${file}`], cwd)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    files.push(file)
  }
  const merged = await runCli(['merge-reports', ...files, '--format', format, '--fail-on', 'never'], cwd)
  const whole = await runCli(['check', '--no-cache', '--fail-on', 'never', '--format', format], cwd)
  return {merged: merged.stdout, whole: whole.stdout, shards: await Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(file, 'utf8'))))}
}

describe('--shard and merge-reports', () => {
  it('spreads a locale’s pages over the shards, each page in exactly one', () => {
    const shards = [1, 2, 3].map((index) => shardSelector({index, count: 3}))
    const pages = Array.from({length: 60}, (_, index) => `docs/page-${index}`)
    const counts = shards.map((select) => pages.filter((page) => select({locale: 'es', page, files: []})).length)
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(60)
    for (const count of counts) expect(count).toBeGreaterThan(10)
  })

  it('merged shards of the seed equal the unsharded report byte for byte', async () => {
    const {merged, whole, shards} = await shardAndMerge(repoRoot, 3, 'json')
    expect(merged).toBe(whole)
    expect(shards.every((shard) => shard.locales.length === 5)).toBe(true)
  }, 60_000)

  it('and on a site with many pages, orphans, missing pages and an empty locale folder, in every format', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 12; index++) {
      const sections = ['Install', 'Configure', 'Deploy']
      files[`en/docs/page-${index}.md`] = page(`Page ${index}`, `tool${index}`, sections)
      if (index % 4 !== 0) files[`es/docs/page-${index}.md`] = page(`Página ${index}`, `tool${index}`, ['Instalar', 'Configurar', 'Desplegar'].slice(0, 1 + (index % 3)))
      if (index % 3 !== 0) files[`it/docs/page-${index}.md`] = page(`Pagina ${index}`, `tool${index}`, ['Installare', 'Configurare', 'Distribuire'])
    }
    files['es/docs/old.md'] = page('Vieja', 'old', ['Instalar'])
    const root = await writeTree(files)
    await fs.mkdir(path.join(root, 'content/fr'))
    const json = await shardAndMerge(root, 4, 'json')
    expect(json.merged).toBe(json.whole)
    expect(json.shards.filter((shard) => shard.pages.length > 0).length).toBe(4)
    for (const format of ['text', 'sarif', 'markdown', 'github', 'junit']) {
      const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-merge-'))
      const shardFiles = json.shards.map((shard, index) => path.join(folder, `${index}.json`))
      await Promise.all(json.shards.map((shard, index) => fs.writeFile(shardFiles[index]!, JSON.stringify(shard))))
      const merged = await runCli(['merge-reports', ...shardFiles, '--format', format, '--fail-on', 'never'], root)
      const whole = await runCli(['check', '--no-cache', '--fail-on', 'never', '--format', format], root)
      expect(merged.stdout, format).toBe(whole.stdout)
    }
  }, 120_000)

  it('refuses a bad --shard and reports from different sites', async () => {
    expect((await runCli(['check', '--shard', '4/3'], repoRoot)).stderr).toContain('Invalid value for --shard')
    const root = await writeTree({'en/a.md': page('A', 'a', ['One'])})
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-merge-'))
    await runCli(['check', '--no-cache', '--format', `json=${folder}/a.json`], root)
    const other = JSON.parse(await fs.readFile(path.join(folder, 'a.json'), 'utf8'))
    await fs.writeFile(path.join(folder, 'b.json'), JSON.stringify({...other, sourceLocale: 'de'}))
    const result = await runCli(['merge-reports', `${folder}/a.json`, `${folder}/b.json`], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Reports differ in `sourceLocale`')
  }, 30_000)
})

describe('merge-reports validates its inputs against the report schema', () => {
  /** A real report, changed by `change`, written beside it; returns the folder and the tree. */
  async function reports(change: (report: Record<string, unknown>) => void) {
    const root = await writeTree({'en/a.md': page('A', 'a', ['One']), 'es/a.md': page('A', 'a', ['Uno'])})
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-merge-'))
    await runCli(['check', '--no-cache', '--format', `json=${folder}/a.json`], root)
    const report = JSON.parse(await fs.readFile(path.join(folder, 'a.json'), 'utf8')) as Record<string, unknown>
    change(report)
    await fs.writeFile(path.join(folder, 'b.json'), JSON.stringify(report))
    return {root, folder}
  }

  it.each([
    ['a page that is not an object', (report: Record<string, unknown>) => ((report.pages as unknown[])[0] = 'oops'), 'pages.0: Invalid input: expected object, received string'],
    ['a finding without a line', (report: Record<string, unknown>) => (report.diagnostics = [{rule: 'x', severity: 'error', locale: 'es', page: 'a', file: 'f', column: 1, message: 'm', url: 'u'}]), 'diagnostics.0.line: '],
    ['a key the schema does not have', (report: Record<string, unknown>) => (report.extra = 1), '(root): Unrecognized key: "extra"'],
    ['sections of the wrong type', (report: Record<string, unknown>) => Object.assign((report.pages as Array<Record<string, unknown>>)[0]!, {sections: {}}), 'pages.0.sections: Invalid input: expected array, received object']
  ])('%s: exit 2 with the file and the first problem, in every format', async (_, change, problem) => {
    const {root, folder} = await reports(change)
    for (const format of ['text', 'json']) {
      const result = await runCli(['merge-reports', `${folder}/a.json`, `${folder}/b.json`, '--format', format], root)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain(`${folder}/b.json is not a Lockstep JSON report (lockstep-report.schema.json): ${problem}`)
    }
  }, 60_000)

  it('publishes the schema it validates with, generated from the types', async () => {
    const published = JSON.parse(await fs.readFile(path.join(repoRoot, 'lockstep-report.schema.json'), 'utf8')) as unknown
    expect(published).toEqual(reportJsonSchema())
    expect(Object.keys((published as {properties: object}).properties)).toEqual(['schemaVersion', 'tool', 'root', 'sourceLocale', 'locales', 'pages', 'diagnostics', 'conventions', 'summary'])
  })
})
