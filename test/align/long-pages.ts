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
