import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runDiff} from '../../src/cli/commands/diff.ts'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {UsageError} from '../../src/engine/errors.ts'
import {diffPage} from '../../src/engine/history/diff-page.ts'
import {readHistory} from '../../src/engine/history/read-history.ts'
import {summarizeJob, type SummaryJob} from '../../src/engine/content/summary-pool.ts'
import {buildPageDiff, type PageDiff} from '../../src/engine/index.ts'
import {formatDiff} from '../../src/engine/report/format-diff.ts'
import {wrapToWidth} from '../../src/engine/report/wrap-to-width.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

/** Spanish and Italian translations of a guide whose English changed one section and gained one since. */
function upgradedRepo() {
  const repo = makeRepo()
  repo.write({'en/guide.md': english, 'es/guide.md': spanish, 'it/guide.md': spanish.replace('Guía', 'Guida')})
  repo.commit('Translate')
  repo.write({'en/guide.md': english.replace('to add it to a project.', 'to add it to a project, then restart your editor.') + '\n## Upgrade\n\nRun `npx lockstep upgrade`.\n'})
  repo.commit('Upgrade docs')
  return repo
}

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
    const repo = upgradedRepo()
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

  it('reads the source at each base from the cache when the texts are kept: a warm run parses none of them and gives the same diffs', async () => {
    const repo = upgradedRepo()
    const config = validateConfig({})
    const locales = new Set(['en', 'es', 'it'])
    const {summaries, alignments} = await check({config, cwd: repo.root})
    const summary = (locale: string) => summaries.find((each) => each.locale === locale && each.page === 'guide')!
    const requests = ['es', 'it'].map((locale) => ({id: `${locale}/guide`, source: summary('en'), target: summary(locale)}))
    const text = (file: string) => fs.readFileSync(path.join(repo.root, file), 'utf8')
    const run = async () => {
      const parsed: string[] = []
      const summarize = (jobs: readonly SummaryJob[]) => {
        parsed.push(...jobs.map((job) => job.page.file))
        return Promise.all(jobs.map((job) => summarizeJob(job, config, locales)))
      }
      const history = await readHistory({config, cwd: repo.root, contentDir: 'content', locales, requests, keepText: true, cacheDir: path.join(repo.root, '.lockstep-cache'), cacheKey: 'test', summarize})
      const diffs = requests.map(({id, target}) => buildPageDiff({config, locales, source: summary('en'), target, alignment: alignments.get(id)!, history: history.get(id)!, sourceText: text('content/en/guide.md'), targetText: text(target.file)}))
      return {parsed, diffs}
    }
    const cold = await run()
    // Both translations have the same base: one source page to read.
    expect(cold.parsed).toEqual(['content/en/guide.md'])
    expect(cold.diffs.map((diff) => diff.sections.map((section) => section.change))).toEqual([0, 1].map(() => ['unchanged', 'changed', 'unchanged', 'unchanged', 'added']))
    const warm = await run()
    expect(warm.parsed).toEqual([])
    expect(warm.diffs).toEqual(cold.diffs)
  })

  it('compares an edited source page with each base from the cache: no source at a base is parsed again', async () => {
    const repo = upgradedRepo()
    const config = validateConfig({})
    const locales = new Set(['en', 'es', 'it'])
    const cacheDir = path.join(repo.root, '.lockstep-cache')
    const run = async (cache: string | undefined) => {
      const {summaries} = await check({config, cwd: repo.root})
      const summary = (locale: string) => summaries.find((each) => each.locale === locale && each.page === 'guide')!
      const requests = ['es', 'it'].map((locale) => ({id: `${locale}/guide`, source: summary('en'), target: summary(locale)}))
      const parsed: string[] = []
      const summarize = (jobs: readonly SummaryJob[]) => {
        parsed.push(...jobs.map((job) => job.page.file))
        return Promise.all(jobs.map((job) => summarizeJob(job, config, locales)))
      }
      const history = await readHistory({config, cwd: repo.root, contentDir: 'content', locales, requests, ...(cache ? {cacheDir: cache, cacheKey: 'test'} : {}), summarize})
      return {parsed, changes: ['es', 'it'].map((locale) => history.get(`${locale}/guide`)!.changes)}
    }
    expect((await run(cacheDir)).parsed).toEqual(['content/en/guide.md'])
    // The English page edited and not committed: both comparisons run again, from the cached source at the base.
    fs.appendFileSync(path.join(repo.root, 'content/en/guide.md'), '\n## Uninstall\n\nRun `npm uninstall lockstep`.\n')
    const edited = await run(cacheDir)
    expect(edited.parsed).toEqual([])
    expect(edited.changes.map((changes) => changes!.sections.map((section) => section.change))).toEqual([0, 1].map(() => ['unchanged', 'changed', 'unchanged', 'unchanged', 'added', 'added']))
    expect(edited.changes).toEqual((await run(undefined)).changes)

    // The cached sources at the bases cut short (their sections' bodies gone): read from git again, the same comparisons.
    const cached = fs.readdirSync(path.join(cacheDir, 'base-summaries'), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.json') && name !== 'index.json')
    expect(cached).toHaveLength(1)
    for (const name of cached) {
      const file = path.join(cacheDir, 'base-summaries', name)
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n')[0]!)
    }
    fs.appendFileSync(path.join(repo.root, 'content/en/guide.md'), '\nOne more line.\n')
    const cut = await run(cacheDir)
    expect(cut.parsed).toEqual([])
    expect(cut.changes).toEqual((await run(undefined)).changes)
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

  it('prints each source diff beside its translated section when the width allows, wrapping by display width', async () => {
    const repo = makeRepo()
    const chinese = '# 指南\n\nLockstep 让译文与源文保持同步。\n\n## 运行\n\n运行 `npx lockstep check` 并仔细阅读报告中的每一条发现，然后逐一修复。\n'
    repo.write({'en/guide.md': '# Guide\n\nLockstep keeps translations in step with their source.\n\n## Run\n\nRun `npx lockstep check` and read the report.\n', 'zh-cn/guide.md': chinese})
    const base = repo.commit('Translate').slice(0, 7)
    repo.write({'en/guide.md': '# Guide\n\nLockstep keeps translations in step with their source.\n\n## Run\n\nRun `npx lockstep check --fail-on warning` and read every finding of the report.\n'})
    repo.commit('Stricter check')
    const page = await diffPage({config: validateConfig({}), cwd: repo.root, file: 'content/zh-cn/guide.md'})
    const text = formatDiff(page, {context: 0, width: 80})
    expect(text).toBe(`content/zh-cn/guide.md (translation of content/en/guide.md)
Base: ${base} (history, ${page.base.date!.slice(0, 10)}), 1 commit behind

Introduction  unchanged  content/en/guide.md:1
## Run  changed (prose, code)  content/en/guide.md:5
  Source since ${base}                  │ Translation content/zh-cn/guide.md:5
    …                                   │ ## 运行
  - Run \`npx lockstep check\` and read   │
  - the report.                         │ 运行 \`npx lockstep check\`
  + Run \`npx lockstep check --fail-on   │ 并仔细阅读报告中的每一条发现，然后逐一
  + warning\` and read every finding of  │ 修复。
  + the report.                         │

`)
    // Every line fits in 80 columns, counting a CJK character as two.
    const stringWidth = (await import('string-width')).default
    for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80)
    // Narrow: stacked, as without a width.
    expect(formatDiff(page, {context: 0, width: 60})).toBe(formatDiff(page, {context: 0}))
  })

  it('wraps by display width: after the last space that fits, anywhere in CJK text, never splitting a grapheme', () => {
    expect(wrapToWidth('read the report carefully', 10)).toEqual(['read the', 'report', 'carefully'])
    expect(wrapToWidth('仔细阅读报告中的每一条', 8)).toEqual(['仔细阅读', '报告中的', '每一条'])
    expect(wrapToWidth('e\u0301e\u0301e\u0301 👍🏽👍🏽', 4)).toEqual(['e\u0301e\u0301e\u0301', '👍🏽👍🏽'])
    expect(wrapToWidth('tab\there\u001B[31m', 20)).toEqual(['tab    here\uFFFD[31m'])
    expect(wrapToWidth('', 5)).toEqual([''])
    // A word that ends exactly at the width: the space after it breaks the line and goes.
    expect(wrapToWidth('aaaa bbbb', 4)).toEqual(['aaaa', 'bbbb'])
    expect(wrapToWidth('read the report', 8)).toEqual(['read the', 'report'])
  })

  it('never prints a page’s control characters, stacked or side by side', () => {
    const escape = '\u001B[2J\u001B]0;owned\u0007'
    const page: PageDiff = {
      file: 'content/es/guide.md',
      sourceFile: 'content/en/guide.md',
      base: {commit: '0123456789abcdef', date: '2024-05-01T12:00:00Z', from: 'history'},
      behind: 1,
      sections: [
        {
          title: `Run${escape}`,
          level: 2,
          line: 3,
          change: 'changed',
          kinds: ['prose'],
          diff: [{op: '-', text: `old${escape}`}, {op: '+', text: `new${escape}`}],
          translation: {title: 'Ejecutar', line: 3, lines: [`## Ejecutar${escape}`]}
        }
      ],
      removed: [{title: `Gone${escape}`, level: 2, lines: [`text${escape}`]}]
    }
    for (const width of [undefined, 0, 100]) {
      const text = formatDiff(page, {width})
      expect(text, `width ${width}`).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/)
      expect(text).toContain('new\uFFFD[2J\uFFFD]0;owned\uFFFD')
    }
  })

  it('takes --width from the command line, and refuses a bad one', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Translate')
    repo.write({'en/guide.md': english.replace('carefully', 'with care, line by line')})
    repo.commit('Edit')
    let out = ''
    const stdout = {write: (text: string) => ((out += text), true), isTTY: false} as unknown as NodeJS.WriteStream
    expect(await runDiff(['content/es/guide.md'], {stdout, stderr: stdout, cwd: repo.root})).toBe(0)
    expect(out).toContain(' │ Translation content/es/guide.md:13')
    out = ''
    expect(await runDiff(['content/es/guide.md', '--width', '0'], {stdout, stderr: stdout, cwd: repo.root})).toBe(0)
    expect(out).toContain('\n  Translation content/es/guide.md:13\n')
    await expect(runDiff(['content/es/guide.md', '--width', 'wide'], {stdout, stderr: stdout, cwd: repo.root})).rejects.toThrow('Invalid value for --width')
  })
})
