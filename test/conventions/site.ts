/** A small MDX site whose English pages carry a component and a front-matter key translators drop. */

const topics = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']

/** The English page `topic`, with or without the note to translators and its key. */
export function englishPage(topic: string, withConvention: boolean): string {
  return [
    '---',
    `title: The ${topic} guide`,
    ...(withConvention ? ['i18nReady: true'] : []),
    '---',
    '',
    ...(withConvention ? ['<DontEditWarning />', ''] : []),
    `The ${topic} tool keeps every build of the site in step with its configuration.`,
    '',
    '## Usage',
    '',
    `Run \`npx ${topic} build\` and read the [reference](/reference/${topic}/).`,
    ''
  ].join('\n')
}

const translations: Record<string, (topic: string) => string> = {
  es: (topic) => `---\ntitle: La guía de ${topic}\n---\n\nLa herramienta ${topic} mantiene cada compilación del sitio al día con su configuración.\n\n## Uso\n\nEjecuta \`npx ${topic} build\` y lee la [referencia](/reference/${topic}/).\n`,
  fr: (topic) => `---\ntitle: Le guide de ${topic}\n---\n\nL’outil ${topic} garde chaque construction du site en phase avec sa configuration.\n\n## Utilisation\n\nLancez \`npx ${topic} build\` et lisez la [référence](/reference/${topic}/).\n`,
  de: (topic) => `---\ntitle: Die Anleitung zu ${topic}\n---\n\nDas Werkzeug ${topic} hält jeden Build der Website mit seiner Konfiguration im Einklang.\n\n## Verwendung\n\nFühre \`npx ${topic} build\` aus und lies die [Referenz](/reference/${topic}/).\n`
}

/** English pages for the first `count` topics (under `en/`). */
export function englishPages(count: number, withConvention: boolean): Record<string, string> {
  return Object.fromEntries(topics.slice(0, count).map((topic) => [`en/${topic}.mdx`, englishPage(topic, withConvention)]))
}

/** Translations of the first `count` topics into es, fr and de: none has the component or the key. */
export function translatedPages(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [locale, translate] of Object.entries(translations)) for (const topic of topics.slice(0, count)) files[`${locale}/${topic}.mdx`] = translate(topic)
  return files
}

/** The ids of the two conventions the site has. */
export const conventionIds = ['frontmatter-mismatch: i18nReady dropped', 'shortcode-mismatch: DontEditWarning dropped']
