import {expect, it} from 'vitest'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {summarizeFiles} from '../src/engine/content/summarize-files.ts'
import {writeTree} from './helpers.ts'

// Pairs are aligned and their language verdicts found while other pages are still being parsed
// (on the parser threads); the report must be the one a check that starts only after every page
// is read gives (a `summarize` of its own has no early stage).
it('reports the same with the early pair stage as without it', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 40; index++) {
    const next = (index + 1) % 40
    files[`en/page-${index}.md`] = `---\ntitle: Page ${index}\n---\n\nRead [the next page](/page-${next}/#setup) first.\n\n## Setup\n\nInstall the collector on every machine before you start.\n\n## Usage ${index}\n\nThe collector sends its data to the backend through the network.\n`
    files[`es/page-${index}.md`] =
      `---\ntitle: Página ${index}\n---\n\nLee [la página siguiente](/es/page-${next}/#${index % 3 === 0 ? 'missing' : 'setup'}) primero.\n\n## Setup\n\nInstala el colector en cada máquina antes de empezar. The collector needs network access to the backend.\n\n## Uso ${index}\n\nEl colector envía sus datos al backend a través de la red.\n`
  }
  const root = await writeTree(files)
  const config = validateConfig({})
  const early = await check({config, cwd: root, contentDir: 'content'})
  const late = await check({config, cwd: root, contentDir: 'content', summarize: summarizeFiles({config, workers: 0})})
  expect(early.report).toEqual(late.report)
  const rules = new Set(early.report.diagnostics.map((diagnostic) => diagnostic.rule))
  // Both kinds of finding are there: one from the language verdicts, one that reads another page.
  expect(rules).toContain('untranslated-text')
  expect(rules).toContain('broken-anchor')
})
