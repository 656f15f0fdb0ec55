// Lunaria's status of a Starlight checkout, as one whole process (what `npm run bench` times):
//   node scripts/bench-lunaria.ts <path to @lunariajs/core's dist/index.mjs>   (run in the checkout)
// The configuration is the one the Starlight docs use (their lunaria.config.json), so Lunaria does
// the work it does for that site: a git log per file, status per localization.
const [lunariaModule] = process.argv.slice(2) as [string]
const {lunaria} = (await import(lunariaModule)) as {lunaria: (config: unknown) => Promise<Array<{localizations?: Record<string, {isOutdated?: boolean}>}>>}
const locales = ['da', 'de', 'es', 'fa', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'pt-br', 'pt-pt', 'ru', 'tr', 'uk', 'zh-cn']
const status = await lunaria({
  repository: {name: 'withastro/starlight'},
  defaultLocale: {label: 'English', lang: 'en'},
  locales: locales.map((lang) => ({label: lang, lang})),
  files: [{location: 'docs/src/content/docs/**/*.{md,mdx}', pattern: 'docs/src/content/docs/@lang/@path', type: 'universal'}],
  ignoreKeywords: ['lunaria-ignore', 'typo', 'en-only', 'broken link', 'i18nReady', 'i18nIgnore']
})
let outdated = 0
for (const entry of status) for (const localization of Object.values(entry.localizations ?? {})) if (localization.isOutdated) outdated++
console.log(JSON.stringify({files: status.length, outdated}))
