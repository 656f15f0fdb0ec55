import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {cloneBundle, corpusDir} from './corpus.ts'
import {explicitIdAccuracy, type IdAccuracy} from './explicit-id-accuracy.ts'

// Ground truth for the aligner: OTel and glossary translations that keep `{#english-id}` on their
// translated headings. The ids are stripped before aligning; the pairs are scored against them.
// The README publishes these figures.
describe('alignment against explicit heading ids', () => {
  const total: IdAccuracy = {pages: 0, headings: 0, correct: 0, wrong: [], confidence: []}

  it.each([
    {name: 'otel', root: () => path.join(corpusDir, 'otel'), siteUrls: ['https://opentelemetry.io'], pages: 600},
    {name: 'glossary', root: () => cloneBundle('glossary'), siteUrls: ['https://glossary.cncf.io'], pages: 40}
  ])('pairs the headings of $name as their ids say', async ({root, siteUrls, pages}) => {
    const result = await explicitIdAccuracy({cwd: root(), contentDir: 'content', config: validateConfig({siteUrls})})
    expect(result.pages).toBeGreaterThan(pages)
    // Each corpus on its own stays above 97 % (the glossary's 208 headings make each miss half a point).
    expect(result.correct / result.headings).toBeGreaterThan(0.97)
    for (const key of ['pages', 'headings', 'correct'] as const) total[key] += result[key]
  })

  it('is right for at least 98 % of the headings over both corpora', () => {
    expect(total.headings).toBeGreaterThan(5000)
    expect(total.correct / total.headings).toBeGreaterThanOrEqual(0.98)
  })
})
