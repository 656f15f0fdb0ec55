import fs from 'node:fs/promises'
import path from 'node:path'
import {expect, it} from 'vitest'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {writeTree} from './helpers.ts'

const english = '# Guide\n\nLockstep keeps translations in step.\n\n## Install\n\nRun `npm install lockstep` first.\n\n## Run\n\nRun `npx lockstep check` and read it.\n'
const spanish = '# Guía\n\nLockstep mantiene las traducciones al día.\n\n## Instalar\n\nEjecuta `npm install lockstep` primero.\n\n## Ejecutar\n\nEjecuta `npx lockstep check` y léelo.\n'

it('answers an unchanged re-run from the cache without running a rule or loading the language model', async () => {
  const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish, 'en/other.md': '# Other\n\nText.\n', 'es/other.md': '# Otra\n\nTexto.\n'})
  const run = () => check({config: validateConfig({}), cwd: root, cacheDir: path.join(root, '.lockstep-cache')})
  const first = await run()
  expect(first.stats).toEqual({pagesChecked: 4, languageModel: true})
  const second = await run()
  expect(second.stats).toEqual({pagesChecked: 0, languageModel: false})
  expect(second.report).toEqual(first.report)

  // One translation edited: its rules run again, and its new finding is reported. Every text
  // they ask the language of was asked last time: the model is not loaded.
  await fs.writeFile(path.join(root, 'content/es/guide.md'), spanish.replace(/## Ejecutar[^]*$/, ''))
  const third = await run()
  expect(third.stats).toEqual({pagesChecked: 1, languageModel: false})
  expect(third.report.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-section').map((diagnostic) => diagnostic.message)).toEqual(['Missing section “Run” (H2), which belongs after “Instalar”'])
})

it('loads the language model only when an edited page has a counterpart, and writes only what changed', async () => {
  const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish, 'en/alone.md': '# Alone\n\nOnly in English.\n'})
  const cacheDir = path.join(root, '.lockstep-cache')
  const run = () => check({config: validateConfig({}), cwd: root, cacheDir})
  expect((await run()).stats).toEqual({pagesChecked: 4, languageModel: true})
  const entries = async () => (await fs.readdir(cacheDir, {recursive: true})).filter((name) => name.endsWith('.json') && !name.endsWith('index.json')).sort()
  const stamps = async () => new Map(await Promise.all((await entries()).map(async (name) => [name, (await fs.stat(path.join(cacheDir, name))).mtimeMs] as const)))
  const before = await stamps()
  // 3 summaries; results of page guide (en/guide, es/guide) and page alone (en/alone, es/alone: a missing page), one file per page key.
  expect(before.size).toBe(5)

  // An English page without a translation: its rules run, no language verdict is asked for.
  await new Promise((resolve) => setTimeout(resolve, 20))
  await fs.writeFile(path.join(root, 'content/en/alone.md'), '# Alone\n\nStill only in English.\n')
  const edited = await run()
  expect(edited.stats.languageModel).toBe(false)
  const after = await stamps()
  // The new summary of en/alone, and the results of page alone (en/alone's and es/alone's: its source changed); the old summary is gone.
  const rewritten = [...after].filter(([name, stamp]) => before.get(name) !== stamp).map(([name]) => name.split('/')[0])
  expect(rewritten.sort()).toEqual(['results', 'summaries'])
  expect(after.size).toBe(5)
})

it('keeps a page key’s results in every locale in one file, and recomputes only the entry that does not validate', async () => {
  const italian = '# Guida\n\nLockstep mantiene le traduzioni al passo.\n\n## Installare\n\nEsegui `npm install lockstep` prima.\n\n## Eseguire\n\nEsegui `npx lockstep check` e leggilo.\n'
  const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish, 'it/guide.md': italian})
  const cacheDir = path.join(root, '.lockstep-cache')
  const run = () => check({config: validateConfig({}), cwd: root, cacheDir})
  const first = await run()
  expect(first.stats.pagesChecked).toBe(3)
  const files = (await fs.readdir(path.join(cacheDir, 'results'), {recursive: true})).filter((name) => name.endsWith('.json') && name !== 'index.json')
  expect(files).toHaveLength(1)
  const file = path.join(cacheDir, 'results', files[0]!)
  // The entries on the first line; the translations' language verdicts on the second, read only for a page checked again.
  const [line, verdicts] = (await fs.readFile(file, 'utf8')).split('\n')
  const stored = JSON.parse(line!) as {id: string; entry: Record<string, {diagnostics: unknown; verdicts?: unknown}>}
  expect(stored.id).toBe('guide')
  expect(Object.keys(stored.entry).sort()).toEqual(['en/guide', 'es/guide', 'it/guide'])
  expect(Object.values(stored.entry).filter((entry) => entry.verdicts !== undefined)).toEqual([])
  expect(Object.keys(JSON.parse(verdicts!) as object).sort()).toEqual(['es/guide', 'it/guide'])
  stored.entry['es/guide']!.diagnostics = 'not a list'
  await fs.writeFile(file, `${JSON.stringify(stored)}\n${verdicts}`)
  const second = await run()
  expect(second.stats.pagesChecked).toBe(1)
  expect(second.report).toEqual(first.report)
})

it('asks the language model only about text whose verdict the page’s last check did not find, and reports what a check without cache does', async () => {
  const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish})
  const cacheDir = path.join(root, '.lockstep-cache')
  const run = () => check({config: validateConfig({}), cwd: root, cacheDir})
  const uncached = async () => (await check({config: validateConfig({}), cwd: root})).report
  expect((await run()).stats).toEqual({pagesChecked: 2, languageModel: true})

  // The English page edited: the Spanish page's rules run again over the same Spanish text.
  await fs.writeFile(path.join(root, 'content/en/guide.md'), english + '\nEdited once more.\n')
  const sourceEdited = await run()
  expect(sourceEdited.stats).toEqual({pagesChecked: 2, languageModel: false})
  expect(sourceEdited.report).toEqual(await uncached())

  // A new English sentence in the translation: a text never asked about, so the model loads and finds it.
  const untranslated = spanish.replace('Ejecuta `npm install lockstep` primero.', 'Ejecuta `npm install lockstep` primero. Then restart the service before you run the check again.')
  await fs.writeFile(path.join(root, 'content/es/guide.md'), untranslated)
  const targetEdited = await run()
  expect(targetEdited.stats).toEqual({pagesChecked: 1, languageModel: true})
  expect(targetEdited.report.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('untranslated-section')
  expect(targetEdited.report).toEqual(await uncached())

  // Asked again after a source edit, the cached verdict gives the same finding without the model.
  await fs.writeFile(path.join(root, 'content/en/guide.md'), english + '\nEdited twice.\n')
  const again = await run()
  expect(again.stats).toEqual({pagesChecked: 2, languageModel: false})
  expect(again.report.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('untranslated-section')
  expect(again.report).toEqual(await uncached())
})

it('keeps the verdicts of a page not checked again when another page of its key is', async () => {
  const italian = '# Guida\n\nLockstep mantiene le traduzioni al passo.\n\n## Installare\n\nEsegui `npm install lockstep` prima.\n\n## Eseguire\n\nEsegui `npx lockstep check` e leggilo.\n'
  const root = await writeTree({'en/guide.md': english, 'es/guide.md': spanish, 'it/guide.md': italian})
  const run = () => check({config: validateConfig({}), cwd: root, cacheDir: path.join(root, '.lockstep-cache')})
  expect((await run()).stats).toEqual({pagesChecked: 3, languageModel: true})
  // The Spanish page alone checked again: the key's file is rewritten, the Italian page's verdicts with it.
  await fs.writeFile(path.join(root, 'content/es/guide.md'), spanish.replace(/## Ejecutar[^]*$/, ''))
  expect((await run()).stats).toEqual({pagesChecked: 1, languageModel: false})
  // The English page edited: both translations checked again, every text's verdict known.
  await fs.writeFile(path.join(root, 'content/en/guide.md'), english + '\nEdited once more.\n')
  const edited = await run()
  expect(edited.stats).toEqual({pagesChecked: 3, languageModel: false})
  expect(edited.report).toEqual((await check({config: validateConfig({}), cwd: root})).report)
})
