import type {SectionSummary} from '../../src/engine/sections/types.ts'

/**
 * A long English page and its Spanish translation with `count` headings each (about 60 bytes a
 * section), drifted the way long reference pages drift: every 97th section is missing, an extra
 * section every 89th, ranks vary, and two sections traded places. Each section carries its own link
 * and code, as API references do.
 */
export function longPagePair(count: number): {en: string; es: string} {
  const section = (index: number, heading: string, prose: string) => `${'#'.repeat(2 + (index % 3))} ${heading} ${index}\n\n${prose} [p${index}](/docs/p${index}/) \`cmd-${index}\`.\n`
  const en: string[] = ['---\ntitle: Reference\n---\n\nIntro [home](/docs/).\n']
  const es: string[] = ['---\ntitle: Referencia\n---\n\nIntroducción [inicio](/docs/).\n']
  const order = Array.from({length: count}, (_, index) => index)
  if (count > 20) [order[10], order[count - 10]] = [order[count - 10]!, order[10]!]
  for (let index = 0; index < count; index++) en.push(section(index, 'Topic', 'See'))
  for (const index of order) {
    if (index % 97 === 50) continue
    es.push(section(index, 'Tema', 'Ver'))
    if (index % 89 === 40) es.push(`## Nota ${index}\n\nSolo en español.\n`)
  }
  return {en: en.join('\n'), es: es.join('\n')}
}

/**
 * The sections the parser makes of `longPagePair(count)`, built directly: what the aligner sees
 * of a pair of pages too long to parse in a quick test.
 */
export function longSectionPair(count: number): {source: SectionSummary[]; target: SectionSummary[]} {
  const section = (index: number, title: string, level: number, shared: boolean): SectionSummary => ({
    line: index + 1,
    column: 1,
    level,
    title,
    id: title.toLowerCase().replace(/ /g, '-'),
    slug: title.toLowerCase().replace(/ /g, '-'),
    endLine: index + 1,
    signature: {links: shared ? [`/docs/p${index}/`] : [], code: shared ? [`cmd-${index}`] : [], blocks: [], numbers: [], shortcodes: [], terms: [], shape: [], size: 4},
    text: [],
    links: [],
    codes: [],
    shortcodes: []
  })
  const intro = (title: string) => ({...section(-1, title, 0, false), signature: {...section(-1, title, 0, false).signature, links: ['/docs/']}})
  const source = [intro('Reference')]
  const target = [intro('Referencia')]
  const order = Array.from({length: count}, (_, index) => index)
  if (count > 20) [order[10], order[count - 10]] = [order[count - 10]!, order[10]!]
  for (let index = 0; index < count; index++) source.push(section(index, `Topic ${index}`, 2 + (index % 3), true))
  for (const index of order) {
    if (index % 97 === 50) continue
    target.push(section(index, `Tema ${index}`, 2 + (index % 3), true))
    if (index % 89 === 40) target.push(section(index, `Nota ${index}`, 2, false))
  }
  return {source, target}
}
