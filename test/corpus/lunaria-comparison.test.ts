import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {cloneBundle} from './corpus.ts'

// Lockstep against Lunaria's file-level verdict on the Starlight docs, which Starlight tracks with
// Lunaria. Lunaria's rule is simple enough to recompute here from one `git log` (so CI needs no
// Lunaria): a translation is outdated when the source file's last tracked commit is newer (author
// date) than the translation's, and missing when no file has the source's path under the locale.
// Every page where the two disagree is listed below with the verdict each gives, which one is
// right and why (read from the history of both files). The test fails when Lockstep's verdict on
// one of them changes, or when a page disagrees that is not listed.

/** Starlight's docs/lunaria.config.json (the bundle keeps only the content): its locales and ignore keywords. */
const locales = ['da', 'de', 'es', 'fa', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'pt-br', 'pt-pt', 'ru', 'tr', 'uk', 'zh-cn']
const ignoreKeywords = ['lunaria-ignore', 'typo', 'en-only', 'broken link', 'i18nReady', 'i18nIgnore']
const content = 'src/content/docs'

type Verdict = 'outdated' | 'up to date' | 'missing'
interface Disagreement {
  /** `<locale> <path below the content folder>`, as Lunaria names the file. */
  page: string
  lockstep: Verdict
  lunaria: Verdict
  cause: keyof typeof causes
}

/** Why the two disagree, and which is right. */
const causes = {
  'ignore-several-globs': {right: 'lockstep', why: 'Lunaria 0.1.1 applies `@lunaria-ignore:a;b;c` to no file (a file is ignored only when it matches every glob), so the commit that changed English and only removed the old banner (or a dropped page’s links) from these translations passes for their re-translation; English changed since (a new banner; 15 commits of the configuration reference)'},
  'md-kept-for-mdx': {right: 'lockstep', why: 'English moved from .md to .mdx (to use a component) and these translations kept .md: Lunaria pairs files by path, extension included, and calls them missing; the page is translated (one URL) and 3 to 8 commits behind'},
  'cards-added': {right: 'lunaria', why: 'LinkCards added to a list of resources: the text is in component attributes, so Lockstep saw no change until it compared the components (fixed: change kind `components`)'},
  'external-fragment': {right: 'lunaria', why: 'English fixed the fragment of a link to the Astro docs (the heading was renamed there); de and fr followed the next day; Lockstep compared external links without fragments (fixed: `linkKey`)'},
  'expression-data': {right: 'lunaria', why: 'themes added to the array in `<ThemeGrid themes={[…]}>`, an MDX expression attribute Lockstep does not read: not fixed'}
} as const

const expected: Disagreement[] = [
  ...['pt-pt index.mdx', 'uk index.mdx', 'es reference/configuration.mdx'].map((page) => ({page, lockstep: 'outdated', lunaria: 'up to date', cause: 'ignore-several-globs'}) as const),
  ...['es', 'hi', 'id', 'it', 'ja', 'pt-br', 'pt-pt', 'tr'].map((locale) => ({page: `${locale} environmental-impact.mdx`, lockstep: 'outdated', lunaria: 'missing', cause: 'md-kept-for-mdx'}) as const),
  ...['es resources/themes.mdx', 'ja resources/themes.mdx', 'zh-cn resources/themes.mdx'].map((page) => ({page, lockstep: 'up to date', lunaria: 'outdated', cause: 'expression-data'}) as const)
]

/** Pages where the two once disagreed and agree now that Lockstep was fixed (both say outdated). */
const fixed: Array<{page: string; cause: keyof typeof causes}> = [
  ...['es', 'it', 'ja', 'pt-br', 'pt-pt', 'tr', 'zh-cn'].map((locale) => ({page: `${locale} resources/community-content.mdx`, cause: 'cards-added'}) as const),
  ...['fr', 'ja', 'pt-br', 'ru', 'zh-cn'].map((locale) => ({page: `${locale} resources/plugins.mdx`, cause: 'cards-added'}) as const),
  ...['ja', 'ru', 'zh-cn'].map((locale) => ({page: `${locale} reference/plugins.md`, cause: 'external-fragment'}) as const)
]

/** Lunaria 0.1.1's verdict on every translation of every source file, from one `git log` of the content. */
function lunariaVerdicts(root: string): Map<string, Verdict> {
  const docs = path.join(root, 'docs')
  const keyword = new RegExp(`(${ignoreKeywords.join('|')})`, 'i')
  const log = execFileSync('git', ['log', '--name-only', '--format=%x1e%H%x1f%aI%x1f%s%x1f%b%x1f', '--', content], {cwd: docs, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  // Per file, newest first: the author time of each commit and whether it counts for that file.
  const commits = new Map<string, Array<{time: number; tracked: boolean}>>()
  for (const record of log.split('\u001e').slice(1)) {
    const [, date, subject, body, names] = record.split('\u001f') as [string, string, string, string, string]
    // Lunaria matches the keywords in the subject, and the first directive of the body; its paths are relative to docs/.
    const directive = /(@lunaria-track|@lunaria-ignore):([^\n]+)?/.exec(body)
    for (const name of names.split('\n').filter((line) => line.startsWith('docs/'))) {
      const file = name.slice('docs/'.length)
      const globs = directive?.[2]?.split(';') ?? []
      // As Lunaria 0.1.1 has it: an ignore directive leaves out only a file that matches every one of its globs.
      const tracked = !keyword.test(subject) && (!directive || globs.some((glob) => path.posix.matchesGlob(file, glob) === (directive[1] === '@lunaria-track')))
      const list = commits.get(file) ?? []
      list.push({time: Date.parse(date), tracked})
      commits.set(file, list)
    }
  }
  // The last tracked commit, or the last commit when none is.
  const last = (file: string) => {
    const list = commits.get(file)!
    return (list.find((entry) => entry.tracked) ?? list[0]!).time
  }
  const files = execFileSync('git', ['ls-files', '--', content], {cwd: docs, encoding: 'utf8'}).split('\n').filter((file) => /\.mdx?$/.test(file))
  const present = new Set(files)
  const verdicts = new Map<string, Verdict>()
  for (const file of files) {
    const shared = file.slice(content.length + 1)
    if (locales.includes(shared.split('/')[0]!)) continue
    for (const locale of locales) {
      const translation = `${content}/${locale}/${shared}`
      verdicts.set(`${locale} ${shared}`, !present.has(translation) ? 'missing' : last(file) > last(translation) ? 'outdated' : 'up to date')
    }
  }
  return verdicts
}

describe('Lockstep and Lunaria on the Starlight docs', () => {
  it('disagree only on the pages listed, each with the verdict and the cause recorded', async () => {
    const root = cloneBundle('starlight-docs')
    // The site's own Lunaria config, which Lockstep reads its ignore keywords from.
    fs.writeFileSync(path.join(root, 'docs/lunaria.config.json'), JSON.stringify({ignoreKeywords}))
    const lunaria = lunariaVerdicts(root)
    const {report} = await check({config: validateConfig({siteUrls: ['https://starlight.astro.build']}), cwd: root, contentDir: `docs/${content}`})
    const outdated = new Set(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'outdated-page' && diagnostic.severity !== 'info').map((diagnostic) => `${diagnostic.locale} ${diagnostic.page}`))
    // Lockstep's pages by page key; Lunaria's by file path: a page is `guide` for `guide.md` and `guide.mdx` alike.
    const lockstep = new Map<string, Verdict>()
    for (const page of report.pages) if (page.locale !== report.sourceLocale) lockstep.set(`${page.locale} ${page.page}`, page.status === 'missing' ? 'missing' : outdated.has(`${page.locale} ${page.page}`) ? 'outdated' : 'up to date')
    const actual: Array<Omit<Disagreement, 'cause'>> = []
    let agree = 0
    for (const [key, verdict] of lunaria) {
      const ours = lockstep.get(key.replace(/\.mdx?$/, ''))
      expect(ours, key).toBeDefined()
      if (ours === verdict) agree++
      else actual.push({page: key, lockstep: ours!, lunaria: verdict})
    }
    expect(actual.sort((a, b) => (a.page < b.page ? -1 : 1))).toEqual(expected.map(({cause: _, ...rest}) => rest).sort((a, b) => (a.page < b.page ? -1 : 1)))
    for (const {page} of fixed) expect([page, lockstep.get(page.replace(/\.mdx?$/, '')), lunaria.get(page)]).toEqual([page, 'outdated', 'outdated'])
    expect(lunaria.size).toBe(592)
    expect(agree).toBe(592 - expected.length)
    fs.rmSync(root, {recursive: true, force: true})
  })
})
