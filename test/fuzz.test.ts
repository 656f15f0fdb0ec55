import fc from 'fast-check'
import {describe, it} from 'vitest'
import {checkPagePair, pagePair} from './fuzz/page-pairs.ts'

// A bounded number of random page pairs on every `npm test` (a fixed seed, so a failure reproduces);
// `npm run test:corpus` runs many more with a new seed each time.
describe('random page pairs through the whole engine', () => {
  it('never throw, stay within the time budget, and give the same JSON cold, warm and uncached', async () => {
    await fc.assert(fc.asyncProperty(pagePair, checkPagePair), {numRuns: 25, seed: 11})
  }, 120_000)
})
