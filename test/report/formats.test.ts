import {beforeAll, describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {loadConfig} from '../../src/engine/config/load-config.ts'
import {formatters, type FormatName} from '../../src/engine/report/formatters.ts'
import type {Report} from '../../src/engine/report/types.ts'
import {repoRoot, runCli} from './cli.ts'

const golden: Record<FormatName, string> = {
  text: 'seed.txt',
  json: 'seed.json',
  sarif: 'seed.sarif',
  github: 'seed.github.txt',
  markdown: 'seed.md',
  junit: 'seed.junit.xml'
}

describe('every format on the seed content', () => {
  let report: Report
  beforeAll(async () => {
    // Without history: golden files must not depend on how deep the checkout's git history is.
    const {config} = await loadConfig({cwd: repoRoot, overrides: {history: {enabled: false}}})
    report = (await check({config, cwd: repoRoot})).report
  })

  it.each(Object.keys(golden) as FormatName[])('%s', async (format) => {
    await expect(formatters[format](report, {})).toMatchFileSnapshot(`__golden__/${golden[format]}`)
  })

  it('the CLI writes several formats at once: `format=file`, `--output` for the first format without a file, the rest to standard output', async () => {
    const {mkdtemp, readFile} = await import('node:fs/promises')
    const {tmpdir} = await import('node:os')
    const path = await import('node:path')
    const folder = await mkdtemp(path.join(tmpdir(), 'lockstep-formats-'))
    const {code, stdout} = await runCli(['check', '--no-cache', '--format', `sarif=${folder}/out.sarif`, '--format', 'markdown', '--output', `${folder}/pr.md`, '--format', 'github'], repoRoot)
    expect(code).toBe(1)
    expect(stdout).toBe(formatters.github(report, {}))
    expect(await readFile(`${folder}/out.sarif`, 'utf8')).toBe(formatters.sarif(report, {}))
    // The CLI runs with history (this checkout's): the pull-request summary then counts outdated pages.
    const {config} = await loadConfig({cwd: repoRoot})
    const withHistory = (await check({config, cwd: repoRoot})).report
    expect(await readFile(`${folder}/pr.md`, 'utf8')).toBe(formatters.markdown(withHistory, {}))
  })

  it('the CLI refuses two formats on standard output, an unknown format and a spare --output', async () => {
    expect((await runCli(['check', '--format', 'json', '--format', 'sarif'], repoRoot)).code).toBe(2)
    expect((await runCli(['check', '--format', 'yaml'], repoRoot)).stderr).toContain('Invalid value for --format: `yaml`')
    expect((await runCli(['check', '--format', 'json', '--output', 'a.json', '--output', 'b.json'], repoRoot)).code).toBe(2)
  })
})
