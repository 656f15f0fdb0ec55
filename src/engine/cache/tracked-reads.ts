import {createHash} from 'node:crypto'
import type {SiteLookups} from '../rules/types.ts'

/** The site lookups with a record of what a page's rules read through them. */
export interface TrackedReads {
  /** The lookups, each adding what it is asked (one string per read) to `reads`. */
  track(reads: Set<string>): SiteLookups
  /** Hash of the answers the recorded `reads` give in this run (each read answered once: a run's lookups do not change). */
  key(reads: readonly string[]): string
}

/**
 * A page's findings depend on its two files, their paths, its history, and whatever its rules
 * read of other pages: the ids of pages it links to (in any locale), the fragments of other
 * translations, the front-matter keys of all source pages. The reads are recorded as the rules
 * run; a cached result stands while the same reads give the same answers.
 */
export function trackReads(lookups: SiteLookups): TrackedReads {
  const {anchorsOf, sourceFragment, siblingOrder, titleOf, headingsElsewhere, sourceFrontmatterKeys} = lookups
  // Many pages read the same (the source pages' front-matter keys, a much-linked page's ids), and
  // the lookups do not change during a run: each read is answered once.
  const answers = new Map<string, string>()
  const answer = (read: string): string => {
    let known = answers.get(read)
    if (known === undefined) answers.set(read, (known = answerOf(read)))
    return known
  }
  const answerOf = (read: string): string => {
    const [kind, a = '', b = '', c = ''] = read.split('\u0000')
    if (kind === 'anchors') return [...(anchorsOf(a, b) ?? ['\u0000none'])].join('\u0000')
    if (kind === 'fragment') return sourceFragment(a, b, c)
    if (kind === 'key') return sourceFrontmatterKeys.has(a) ? '1' : '0'
    if (kind === 'sibling') return JSON.stringify(siblingOrder(a, b, c) ?? null)
    if (kind === 'title') return titleOf(a, b) ?? '\u0000none'
    if (kind === 'headings') return headingsElsewhere(a, b, Number(c)).join('\u0000')
    return [...sourceFrontmatterKeys].sort().join('\u0000')
  }
  return {
    track: (reads) => ({
      anchorsOf: (locale, url) => (reads.add(`anchors\u0000${locale}\u0000${url}`), anchorsOf(locale, url)),
      sourceFragment: (locale, url, fragment) => (reads.add(`fragment\u0000${locale}\u0000${url}\u0000${fragment}`), sourceFragment(locale, url, fragment)),
      siblingOrder: (locale, page, key) => (reads.add(`sibling\u0000${locale}\u0000${page}\u0000${key}`), siblingOrder(locale, page, key)),
      titleOf: (locale, url) => (reads.add(`title\u0000${locale}\u0000${url}`), titleOf(locale, url)),
      headingsElsewhere: (locale, page, section) => (reads.add(`headings\u0000${locale}\u0000${page}\u0000${section}`), headingsElsewhere(locale, page, section)),
      sourceFrontmatterKeys: trackedSet(sourceFrontmatterKeys, (key) => reads.add(key === undefined ? 'keys' : `key\u0000${key}`))
    }),
    key: (reads) =>
      createHash('sha1')
        .update(reads.map((read) => `${read}\u0001${answer(read)}`).join('\u0002'))
        .digest('hex')
  }
}

/** A set that tells `onRead` of each lookup (`has`: the key; anything else, such as iterating: `undefined`, all of it). */
function trackedSet(set: ReadonlySet<string>, onRead: (key: string | undefined) => void): ReadonlySet<string> {
  return new Proxy(set, {
    get(target, property) {
      if (property === 'has') {
        return (key: string) => {
          onRead(key)
          return target.has(key)
        }
      }
      onRead(undefined)
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}
