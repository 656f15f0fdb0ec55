import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runDiff} from '../../src/cli/commands/diff.ts'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {UsageError} from '../../src/engine/errors.ts'
import {diffPage} from '../../src/engine/history/diff-page.ts'
import {buildPageDiff} from '../../src/engine/index.ts'
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

  it('gives the same diff from one check run with the base texts kept (the site’s batch form)', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish, 'it/guide.md': spanish.replace('Guía', 'Guida')})
    repo.commit('Translate')
    repo.write({'en/guide.md': english.replace('to add it to a project.', 'to add it to a project, then restart your editor.') + '\n## Upgrade\n\nRun `npx lockstep upgrade`.\n'})
    repo.commit('Upgrade docs')
    const config = validateConfig({})
    const {summaries, alignments, history} = await check({config, cwd: repo.root, keepBaseText: true})
    const text = (file: string) => fs.readFileSync(path.join(repo.root, file), 'utf8')
    const summary = (locale: string) => summaries.find((each) => each.locale === locale && each.page === 'guide')!
    for (const locale of ['es', 'it']) {
      const id = `${locale}/guide`
      const batch = buildPageDiff({config, locales: new Set(['en', 'es', 'it']), source: summary('en'), target: summary(locale), alignment: alignments.get(id)!, history: history.get(id)!, sourceText: text('content/en/guide.md'), targetText: text(`content/${locale}/guide.md`)})
      expect(batch).toEqual(await diffPage({config, cwd: repo.root, file: `content/${locale}/guide.md`}))
      expect(batch.sections.map((section) => section.change)).toEqual(['unchanged', 'changed', 'unchanged', 'unchanged', 'added'])
      expect(batch.sections[1]!.diff.filter((line) => line.op !== ' ').map((line) => line.op)).toEqual(['-', '+'])
    }
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
