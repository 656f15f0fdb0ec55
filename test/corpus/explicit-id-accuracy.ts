import fs from 'node:fs/promises'
import {alignSections} from '../../src/engine/align/align-sections.ts'
import type {Config} from '../../src/engine/config/schema.ts'
import {findPages} from '../../src/engine/content/find-pages.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import type {SectionSummary} from '../../src/engine/sections/types.ts'

/** How well the aligner pairs headings whose translators kept the English id (`## Spans {#spans}`). */
export interface IdAccuracy {
  pages: number
  /** Translated headings whose explicit id names exactly one source heading. */
  headings: number
  /** Of those, how many the aligner paired with that source heading. */
  correct: number
  /** Each wrong or missed heading, as `file:line heading → expected (got)`. */
  wrong: string[]
  /** Each pair of such a heading: its confidence and whether it was right (to calibrate `alignment.uncertainBelow`). */
  confidence: Array<[number, boolean]>
}

/**
 * Explicit heading ids are free ground truth: many Hugo translations keep `{#english-id}` on
 * translated headings. Read every translated page of a content tree that has such ids, strip the
 * ids (the aligner must not see them), align, and score each pair against the id.
 */
export async function explicitIdAccuracy(options: {cwd: string; contentDir: string; config: Config}): Promise<IdAccuracy> {
  const tree = await findPages({root: options.contentDir, cwd: options.cwd, sourceLocale: options.config.sourceLocale, layout: options.config.layout})
  const locales = new Set([tree.sourceLocale, ...tree.locales])
  const read = async (file: {file: string; path: string; locale: string; page: string}) => summarizePage(await fs.readFile(file.path), {file: file.file, locale: file.locale, page: file.page, locales}, options.config)
  const sources = new Map(tree.files.filter((file) => file.locale === tree.sourceLocale).map((file) => [file.page, file]))
  const result: IdAccuracy = {pages: 0, headings: 0, correct: 0, wrong: [], confidence: []}
  for (const file of tree.files) {
    if (file.locale === tree.sourceLocale || !sources.has(file.page)) continue
    const text = await fs.readFile(file.path, 'utf8')
    if (!/^#{1,6} .*\{#[^}]+\}\s*$/m.test(text)) continue
    const target = await read(file)
    const source = await read(sources.get(file.page)!)
    const byId = new Map<string, number[]>()
    for (const [index, section] of source.sections.entries()) if (index > 0) byId.set(section.id, [...(byId.get(section.id) ?? []), index])
    const expected = new Map<number, number>()
    for (const [index, section] of target.sections.entries()) {
      const matches = section.explicitId === undefined ? undefined : byId.get(section.explicitId)
      if (matches?.length === 1) expected.set(index, matches[0]!)
    }
    if (expected.size === 0) continue
    const stripped = target.sections.map((section): SectionSummary => {
      const {explicitId: _, ...rest} = section
      return {...rest, id: section.slug}
    })
    const alignment = alignSections(source.sections, stripped)
    result.pages++
    for (const [index, want] of expected) {
      result.headings++
      const got = alignment.pairs.filter((pair) => pair.target === index).map((pair) => pair.source)
      for (const pair of alignment.pairs.filter((each) => each.target === index)) result.confidence.push([pair.confidence, pair.source === want])
      if (got.includes(want)) result.correct++
      else {
        const section = target.sections[index]!
        result.wrong.push(`${file.file}:${section.line} ${section.title} → ${source.sections[want]!.title} (${got.map((each) => source.sections[each]!.title).join(', ') || 'unpaired'})`)
      }
    }
  }
  return result
}
