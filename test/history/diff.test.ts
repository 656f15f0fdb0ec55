import {describe, expect, it} from 'vitest'
import {runDiff} from '../../src/cli/commands/diff.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {UsageError} from '../../src/engine/errors.ts'
import {diffPage} from '../../src/engine/history/diff-page.ts'
import {formatDiff} from '../../src/engine/report/format-diff.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

describe('lockstep diff', () => {
  it('shows, per source section, the source diff since the base and the translated section', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const base = repo.commit('Translate').slice(0, 7)
    repo.write({'en/guide.md': english.replace('Run `npx lockstep check` and read the report carefully.', 'Run `npx lockstep check --fail-on warning`.\n\nRead the report carefully.')})
    repo.commit('Stricter check')
    const page = await diffPage({config: validateConfig({}), cwd: repo.root, file: 'content/es/guide.md'})
    expect(formatDiff(page, {context: 1})).toBe(`content/es/guide.md (translation of content/en/guide.md)
Base: ${base} (history, 2024-01-01), 1 commit behind

Introduction  unchanged  content/en/guide.md:1
## Install  unchanged  content/en/guide.md:5
## Configure  unchanged  content/en/guide.md:9
## Run  changed (code)  content/en/guide.md:13
    …
    
  - Run \`npx lockstep check\` and read the report carefully.
  + Run \`npx lockstep check --fail-on warning\`.
  + 
  + Read the report carefully.
  Translation content/es/guide.md:13
  │ ## Ejecutar
  │ 
  │ Ejecuta \`npx lockstep check\` y lee el informe con atención.

`)
  })

  it('says the base is unknown without history, and refuses a source page', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    const page = await diffPage({config: validateConfig({}), cwd: repo.root, file: 'content/es/guide.md'})
    expect(page.base.from).toBe('unknown')
    expect(page.sections.every((section) => section.change === 'unknown')).toBe(true)
    await expect(diffPage({config: validateConfig({}), cwd: repo.root, file: 'content/en/guide.md'})).rejects.toThrow(UsageError)
  })

  it('runs from the command line with JSON output', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Translate')
    let out = ''
    const stdout = {write: (text: string) => ((out += text), true), isTTY: false} as unknown as NodeJS.WriteStream
    const code = await runDiff(['content/es/guide.md', '--format', 'json'], {stdout, stderr: stdout, cwd: repo.root})
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({file: 'content/es/guide.md', base: {from: 'history'}, behind: 0})
    await expect(runDiff([], {stdout, stderr: stdout, cwd: repo.root})).rejects.toThrow(UsageError)
  })
})
