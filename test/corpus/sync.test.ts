import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {parsePage} from '../../src/engine/parse/parse-page.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {collectItems} from '../../src/engine/sync/collect-items.ts'
import {planSync} from '../../src/engine/sync/plan-sync.ts'
import type {Edit} from '../../src/engine/sync/types.ts'
import {writePage} from '../../src/engine/sync/write-page.ts'
import {cloneBundle} from './corpus.ts'

// `lockstep sync --write` over copies of the corpora with history: on every page it edits, the
// bytes outside the edited ranges are the original bytes, and every replaced item (code, link
// target, heading id, shortcode tag, MDX component attribute value, number) reads back, parsed
// again, as an item of the written page exactly where the edit put it; the counts (outdated
// sections cleared mechanically, left to people) are snapshotted and quoted in the README.
const cases = [
  {name: 'otel', bundle: 'otel-history', contentDir: 'content', siteUrls: ['https://opentelemetry.io']},
  {name: 'glossary', bundle: 'glossary', contentDir: 'content', siteUrls: ['https://glossary.cncf.io']},
  {name: 'starlight', bundle: 'starlight-docs', contentDir: 'docs/src/content/docs', siteUrls: ['https://starlight.astro.build']}
] as const

/** The original bytes between the edits (as byte ranges of the original), and where they land in the new file. */
function keptRanges(original: string, edits: readonly Edit[]): Array<{from: number; to: number; at: number}> {
  const bytes = (text: string) => Buffer.byteLength(text)
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.order ?? 0) - (b.order ?? 0))
  const kept: Array<{from: number; to: number; at: number}> = []
  let at = 0
  let shift = 0
  for (const edit of sorted) {
    kept.push({from: bytes(original.slice(0, at)), to: bytes(original.slice(0, edit.start)), at: bytes(original.slice(0, at)) + shift})
    shift += bytes(edit.text) - bytes(original.slice(edit.start, edit.end))
    at = edit.end
  }
  kept.push({from: bytes(original.slice(0, at)), to: bytes(original), at: bytes(original.slice(0, at)) + shift})
  return kept
}

/** Where each replacement (not an insertion) lands in the new text, in UTF-16 units. */
function landed(edits: readonly Edit[]): Array<{start: number; end: number; text: string}> {
  let shift = 0
  const result: Array<{start: number; end: number; text: string}> = []
  for (const edit of [...edits].sort((a, b) => a.start - b.start || (a.order ?? 0) - (b.order ?? 0))) {
    if (edit.end > edit.start) result.push({start: edit.start + shift, end: edit.start + shift + edit.text.length, text: edit.text})
    shift += edit.text.length - (edit.end - edit.start)
  }
  return result
}

describe.each(cases)('$name sync', ({name, bundle, contentDir, siteUrls}) => {
  it('writes only the edited ranges of every page it edits, and clears what it says', {timeout: 1_500_000}, async () => {
    const cwd = cloneBundle(bundle)
    try {
      const config = validateConfig({siteUrls})
      const {pages, contentDir: root} = await planSync({config, cwd, contentDir})
      const counts: Record<string, number> = {pages: 0, skipped: 0, outdated: 0, cleared: 0, left: 0, scaffolded: 0}
      const add = (key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by)
      for (const page of pages) {
        if (page.skipped) {
          add('skipped')
          continue
        }
        add('outdated', page.plan.outdated)
        add('cleared', page.plan.cleared)
        add('cleared:typo-only', page.plan.typoOnly)
        add('left', page.plan.outdated - page.plan.cleared)
        for (const change of page.plan.changes) add(change.kind === 'scaffold' ? 'scaffolded' : `carried:${change.kind}`)
        if (page.repin) add('repinned')
        const original = page.original.toString('utf8')
        if (page.text === original) continue
        add('pages')
        const result = await writePage({file: page.path, contentDir: root, expected: page.original, text: page.text})
        expect(result).toEqual({written: true})
        const written = fs.readFileSync(page.path)
        for (const range of keptRanges(original, page.plan.edits)) {
          expect(written.subarray(range.at, range.at + range.to - range.from).equals(page.original.subarray(range.from, range.to)), `${page.plan.file} bytes ${range.from}–${range.to}`).toBe(true)
        }
        // Each replaced item is an item of the written page, where the edit put it (a pin is front matter, not an item).
        const tree = parsePage(written, {path: page.plan.file, mdx: page.plan.file.endsWith('.mdx'), config})!.tree!
        const summary = summarizePage(written, {file: page.plan.file, locale: 'xx', page: 'x', locales: new Set(['en', 'xx'])}, config)
        const items = new Set(collectItems(written.toString('utf8'), tree, summary.sections).flat().map((item) => `${item.start} ${item.end} ${item.raw}`))
        for (const edit of landed(page.plan.edits)) {
          if (page.repin && edit.text === page.repin) continue
          expect(items.has(`${edit.start} ${edit.end} ${edit.text}`), `${page.plan.file}: \`${edit.text}\` at ${edit.start}`).toBe(true)
        }
      }
      expect(counts.pages).toBeGreaterThan(0)
      await expect(JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))), null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/sync-${name}.json`)
    } finally {
      fs.rmSync(cwd, {recursive: true, force: true})
    }
  })
})
