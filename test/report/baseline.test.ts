import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/engine/report/types.ts'
import {writeTree} from '../helpers.ts'
import {runCli} from './cli.ts'

const source = '---\ntitle: Guide\n---\n\nIntro with `npm ci`.\n\n## Install\n\nRun `npm install`.\n\n## Configure\n\nEdit `config.json`.\n\n## Deploy\n\nRun `npm run deploy`.\n'
const translation = '---\ntitle: Guía\n---\n\nIntroducción con `npm ci`.\n\n## Instalar\n\nEjecuta `npm install`.\n\n## Configurar\n\nEdita `config.json`.\n'

describe('baseline', () => {
  it('round trip: an unrelated edit adds nothing; removing a translated section is one new finding', async () => {
    const root = await writeTree({'en/guide.md': source, 'es/guide.md': translation, 'it/guide.md': translation.replace('Guía', 'Guida')})
    const written = await runCli(['check', '--no-cache', '--write-baseline', 'lockstep-baseline.json', '--fail-on', 'never'], root)
    expect(written.stderr).toMatch(/wrote \d+ baseline entr/)
    const baseline = JSON.parse(await fs.readFile(path.join(root, 'lockstep-baseline.json'), 'utf8'))
    expect(baseline.version).toBe(1)
    expect(baseline.entries).toContainEqual(expect.objectContaining({rule: 'missing-section', locale: 'es', page: 'guide', section: 'Deploy'}))

    // Lines above every finding move: the baseline still matches, since it holds no line numbers.
    const esFile = path.join(root, 'content/es/guide.md')
    await fs.writeFile(esFile, translation.replace('Introducción con `npm ci`.\n', 'Introducción con `npm ci`.\n\nUna línea más.\n\nY otra.\n'))
    const unchanged = await runCli(['check', '--no-cache', '--format', 'json', '--baseline', 'lockstep-baseline.json'], root)
    expect(unchanged.code).toBe(0)
    expect((JSON.parse(unchanged.stdout) as Report).diagnostics).toEqual([])
    expect(unchanged.stderr).toContain('0 baseline entries are fixed now')

    await fs.writeFile(esFile, translation.replace('## Configurar\n\nEdita `config.json`.\n', ''))
    const removed = await runCli(['check', '--no-cache', '--format', 'json', '--baseline', 'lockstep-baseline.json'], root)
    const report = JSON.parse(removed.stdout) as Report
    expect(report.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.locale, diagnostic.message])).toEqual([['missing-section', 'es', 'Missing section “Configure” (H2), which belongs after “Instalar”']])
    expect(report.summary.errors).toBe(1)
    expect(removed.code).toBe(1)

    // Translating the missing Italian section fixes a baseline entry: the text summary says so.
    await fs.writeFile(path.join(root, 'content/it/guide.md'), translation.replace('Guía', 'Guida') + '\n## Distribuire\n\nEsegui `npm run deploy`.\n')
    const fixed = await runCli(['check', '--no-cache', '--baseline', 'lockstep-baseline.json'], root)
    expect(fixed.stdout).toContain('1 baseline entry is fixed now.')
    expect(fixed.stderr).toContain('1 baseline entry is fixed now.')
  })

  it('a file that is not a baseline is a usage error', async () => {
    const root = await writeTree({'en/guide.md': source})
    await fs.writeFile(path.join(root, 'bad.json'), '{"entries": []}')
    const result = await runCli(['check', '--no-cache', '--baseline', 'bad.json'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Not a Lockstep baseline of version 1')
  })
})
