import {expect, it} from 'vitest'
import {lazySections, splitSummary} from '../src/engine/cache/lazy-sections.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {summarizePage} from '../src/engine/sections/summarize-page.ts'

const page = '# Guide\n\nRun `npm install` first, then read the [docs](https://example.com/docs).\n\n## Install\n\n```sh\nnpm install lockstep\n```\n\n## Run\n\nRun it.\n'
const summary = () => summarizePage(new TextEncoder().encode(page), {file: 'content/en/guide.md', locale: 'en', page: 'guide', locales: new Set(['en', 'es'])}, validateConfig({}))

it('reads a cached summary’s section bodies only when one is asked for, and gives the summary as it was written', () => {
  const {head, bodies} = splitSummary(summary())
  // Through JSON, as the cache keeps it: the head names no text, code, link or signature.
  const stored = JSON.parse(JSON.stringify(head)) as typeof head
  expect(JSON.stringify(stored)).not.toContain('npm install lockstep')
  expect(JSON.stringify(stored)).not.toContain('"text":"docs"')
  expect(JSON.stringify(bodies)).toContain('"text":"docs"')
  let loads = 0
  const lazy = lazySections(stored, () => {
    loads++
    return JSON.parse(JSON.stringify(bodies)) as typeof bodies
  })
  // Titles and ids are in the head (the introduction, level 0, has no id of its own), and the page's feature tokens: its links' targets among them.
  expect(lazy.sections.map((section) => [section.title, section.id])).toEqual([['Guide', ''], ['Install', 'install'], ['Run', 'run']])
  expect(lazy.features).toEqual(['link:https://example.com/docs'])
  expect(loads).toBe(0)
  expect(lazy.sections[0]!.links.map((link) => link.text)).toEqual(['docs'])
  expect(lazy.sections[1]!.codes.map((code) => code.value)).toEqual(['npm install lockstep'])
  expect(lazy.sections[2]!.text.map((block) => block.text)).toContain('Run it.')
  expect(loads).toBe(1)
  // Same keys in the same order: JSON of the lazy summary is the JSON of the summary parsed.
  expect(JSON.stringify(lazy)).toBe(JSON.stringify(summary()))
  expect(loads).toBe(1)
})

it('lets a body field be replaced before and after it is loaded', () => {
  const {head, bodies} = splitSummary(summary())
  const lazy = lazySections(JSON.parse(JSON.stringify(head)) as typeof head, () => structuredClone(bodies))
  lazy.sections[0]!.text = []
  expect(lazy.sections[0]!.text).toEqual([])
  expect(lazy.sections[1]!.text).toEqual(bodies[1]!.text)
  lazy.sections[1]!.codes = []
  expect(lazy.sections[1]!.codes).toEqual([])
})
