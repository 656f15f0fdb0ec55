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

  // One translation edited: its rules run again, and its new finding is reported.
  await fs.writeFile(path.join(root, 'content/es/guide.md'), spanish.replace(/## Ejecutar[^]*$/, ''))
  const third = await run()
  expect(third.stats).toEqual({pagesChecked: 1, languageModel: true})
  expect(third.report.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-section').map((diagnostic) => diagnostic.message)).toEqual(['Missing section “Run” (H2), which belongs after “Instalar”'])
})
