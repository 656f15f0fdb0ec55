import {expect, it} from 'vitest'
import {trackReads} from '../src/engine/cache/tracked-reads.ts'
import type {SiteLookups} from '../src/engine/rules/types.ts'

// A page's cached findings stand while what its rules read of other pages gives the same answers:
// the reads are recorded as the rules run, and their answers hashed.
function site(anchors: Map<string, Set<string>>, keys: Set<string>): SiteLookups {
  return {
    anchorsOf: (locale, url) => anchors.get(`${locale}${url}`),
    titleOf: () => undefined,
    sourceFragment: (_locale, _url, fragment) => fragment,
    siblingOrder: () => undefined,
    headingsElsewhere: () => [],
    sourceFrontmatterKeys: keys
  }
}

it('records each read and keys the answers, so a change in what was read (and only that) shows', () => {
  const anchors = new Map([['es/guide/', new Set(['setup'])], ['es/other/', new Set(['usage'])]])
  const keys = new Set(['title', 'weight'])
  const reads = trackReads(site(anchors, keys))
  const recorded = new Set<string>()
  const lookups = reads.track(recorded)
  expect(lookups.anchorsOf('es', '/guide/')).toEqual(new Set(['setup']))
  expect(lookups.sourceFrontmatterKeys.has('weight')).toBe(true)
  expect([...recorded].sort()).toEqual(['anchors\u0000es\u0000/guide/', 'key\u0000weight'])
  const sorted = [...recorded].sort()
  const before = reads.key(sorted)

  // Next run (its own lookups): a page the rules did not read changes, and the key stands.
  anchors.get('es/other/')!.add('install')
  keys.add('draft')
  expect(trackReads(site(anchors, keys)).key(sorted)).toBe(before)
  // The page they read loses its id: the key changes.
  anchors.get('es/guide/')!.delete('setup')
  expect(trackReads(site(anchors, keys)).key(sorted)).not.toBe(before)
  // Within a run the lookups do not change: each read is answered once.
  expect(reads.key(sorted)).toBe(before)
})

it('counts iterating the source front-matter keys as reading all of them', () => {
  const keys = new Set(['title'])
  const reads = trackReads(site(new Map(), keys))
  const recorded = new Set<string>()
  expect([...reads.track(recorded).sourceFrontmatterKeys]).toEqual(['title'])
  expect([...recorded]).toEqual(['keys'])
  const before = reads.key([...recorded])
  keys.add('weight')
  expect(trackReads(site(new Map(), keys)).key([...recorded])).not.toBe(before)
})
