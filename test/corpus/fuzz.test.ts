import fc from 'fast-check'
import {describe, it} from 'vitest'
import {checkPagePair, pagePair} from '../fuzz/page-pairs.ts'

// The unit fuzz test's property over many more random page pairs, with a new seed each run (fast-check
// prints the seed and the shrunk pair of a failure, to replay with `{seed, path}`).
describe('random page pairs through the whole engine, at length', () => {
  it('never throw, stay within the time budget, and give the same JSON cold, warm and uncached', async () => {
    await fc.assert(fc.asyncProperty(pagePair, checkPagePair), {numRuns: 500})
  })
})
