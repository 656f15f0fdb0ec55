import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {formatJson} from '../../src/engine/report/format-json.ts'
import {cloneBundle, corpusDir, summarize} from './corpus.ts'

// The checker over the real corpora: no crash, no hang, the same report twice, and per-locale
// counts snapshotted so a change in behaviour on real docs shows up in review.
const corpora = [
  {name: 'glossary', root: () => cloneBundle('glossary'), contentDir: 'content', config: {siteUrls: ['https://glossary.cncf.io']}},
  {name: 'starlight', root: () => cloneBundle('starlight-docs'), contentDir: 'docs/src/content/docs', config: {siteUrls: ['https://starlight.astro.build']}},
  {name: 'otel', root: () => path.join(corpusDir, 'otel'), contentDir: 'content', config: {siteUrls: ['https://opentelemetry.io']}}
] as const

describe.each(corpora)('$name corpus', ({name, root, contentDir, config}) => {
  it('is checked deterministically, with per-locale counts as snapshotted', async () => {
    const cwd = root()
    const run = () => check({config: validateConfig(config), cwd, contentDir})
    const first = await run()
    const second = await run()
    expect(formatJson(second.report)).toBe(formatJson(first.report))
    expect(first.report.pages.length).toBeGreaterThan(100)
    await expect(JSON.stringify(summarize(first.report), null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/${name}.json`)
  })
})
