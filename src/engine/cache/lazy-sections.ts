import type {PageSummary, SectionSummary} from '../sections/types.ts'

/** The fields of a section that only a page's own alignment and rules read: most of a summary's bytes. */
export const bodyFields = ['signature', 'text', 'codes', 'links'] as const

/** A section's body: the fields an unchanged page is not asked for. */
export type SectionBody = Pick<SectionSummary, (typeof bodyFields)[number]>

/**
 * A summary split for the cache: its head (every field, with each body field a `0` placeholder that
 * keeps its place among the keys) and its sections' bodies. An unchanged run reads heads only.
 */
export function splitSummary(summary: PageSummary): {head: PageSummary; bodies: SectionBody[]} {
  const bodies = summary.sections.map((section) => ({signature: section.signature, text: section.text, codes: section.codes, links: section.links}))
  const sections = summary.sections.map((section) => ({...section, signature: 0, text: 0, codes: 0, links: 0}) as unknown as SectionSummary)
  return {head: {...summary, sections}, bodies}
}

/**
 * Turn a head read from the cache into a summary whose sections' body fields load on first use
 * (`load`, the page's bodies; all of the page's at once). Plain data to its readers: the fields are
 * enumerable, keep their order (`JSON.stringify` gives the summary as parsed), and become ordinary
 * properties once loaded.
 */
export function lazySections(head: PageSummary, load: () => SectionBody[]): PageSummary {
  const sections = head.sections
  let loaded = false
  const hydrate = () => {
    if (loaded) return
    const bodies = load()
    loaded = true
    for (const [index, section] of sections.entries()) {
      for (const field of bodyFields) Object.defineProperty(section, field, {value: bodies[index]![field], writable: true, enumerable: true, configurable: true})
    }
  }
  for (const section of sections) {
    for (const field of bodyFields) {
      // Redefining an existing key keeps its place in the key order.
      Object.defineProperty(section, field, {
        get() {
          hydrate()
          return section[field]
        },
        set(value: unknown) {
          hydrate()
          Object.defineProperty(section, field, {value, writable: true, enumerable: true, configurable: true})
        },
        enumerable: true,
        configurable: true
      })
    }
  }
  return head
}
