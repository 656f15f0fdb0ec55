import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {checkReport} from '../../src/engine/check-report.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {formatJson} from '../../src/engine/report/format-json.ts'
import {makeRepo, type TestRepo} from '../history/git-repo.ts'

const seedSite = path.resolve(import.meta.dirname, '../../content')
const config = validateConfig(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../lockstep.config.json'), 'utf8')) as Record<string, unknown>)
const guide = 'docs/concepts/architecture/control-plane-node-communication'

/** The seed site (one Kubernetes page in six locales) in a fresh git repository. */
function seedRepo(): TestRepo {
  const repo = makeRepo()
  fs.cpSync(seedSite, path.join(repo.root, 'content'), {recursive: true})
  repo.commit('Import the seed site')
  return repo
}

/** The JSON report of a run with the cache in `cacheDir`, and of a run without any cache. */
async function warmAndCold(root: string, cacheDir: string, settings = config): Promise<[string, string]> {
  const warm = await check({config: settings, cwd: root, cacheDir})
  const cold = await check({config: settings, cwd: root})
  return [formatJson(warm.report), formatJson(cold.report)]
}

/** A small seeded generator (mulberry32): the same seed, the same edit sequence. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!}
}

const locales = ['en', 'es', 'it', 'pt', 'ru', 'zh-cn']

/** Every page file of the tree, relative to `content/`. */
function pages(root: string): string[] {
  return (fs.readdirSync(path.join(root, 'content'), {recursive: true}) as string[]).filter((file) => /\.(md|markdown)$/.test(file)).map((file) => file.split(path.sep).join('/')).sort()
}

/** One random edit of a kind that once made a warm run differ from a cold one, or of an ordinary kind. */
function edit(repo: TestRepo, rng: ReturnType<typeof random>): string {
  const files = pages(repo.root)
  const file = rng.pick(files)
  const full = path.join(repo.root, 'content', file)
  const text = fs.readFileSync(full, 'utf8')
  const locale = file.split('/')[0]!
  const kind = rng.pick(['source front matter', 'translation front matter', 'link to a third locale', 'rename heading', 'rename extension', 'drop section', 'add page', 'remove page', 'edit prose', 'commit'])
  const write = (name: string, value: string) => {
    fs.mkdirSync(path.dirname(path.join(repo.root, 'content', name)), {recursive: true})
    fs.writeFileSync(path.join(repo.root, 'content', name), value)
  }
  const withFrontmatter = (value: string, line: string) => (value.startsWith('---\n') ? value.replace('---\n', `---\n${line}\n`) : `---\n${line}\n---\n\n${value}`)
  switch (kind) {
    case 'source front matter': {
      // Every translation's `frontmatter-mismatch` reads the keys of all source pages.
      const source = files.filter((name) => name.startsWith('en/'))
      const target = path.join(repo.root, 'content', rng.pick(source))
      const value = fs.readFileSync(target, 'utf8')
      fs.writeFileSync(target, value.includes('weight: 7') ? value.replace('weight: 7\n', '') : withFrontmatter(value, 'weight: 7'))
      return `${kind} ${path.relative(repo.root, target)}`
    }
    case 'translation front matter':
      if (locale === 'en' || text.includes('weight: 7')) return 'nothing'
      fs.writeFileSync(full, withFrontmatter(text, 'weight: 7'))
      return `${kind} ${file}`
    case 'link to a third locale': {
      const other = rng.pick(locales.filter((each) => each !== locale && each !== 'en'))
      const anchor = rng.pick(['node-to-control-plane', 'ssh-tunnels', 'konnectivity-service', 'x', 'api-server-to-kubelet'])
      fs.writeFileSync(full, `${text.trimEnd()}\n\nSee [there](/${other}/${guide}/#${anchor}).\n`)
      return `${kind} ${file} -> ${other}#${anchor}`
    }
    case 'rename heading': {
      const headings = [...text.matchAll(/^(#{2,3}) (.+)$/gm)]
      if (headings.length === 0) return 'nothing'
      const heading = rng.pick(headings)
      fs.writeFileSync(full, text.replace(heading[0], `${heading[1]} ${rng.pick(['SSH tunnels', 'X', 'Konnectivity service', `${heading[2]} again`])}`))
      return `${kind} ${file}: ${heading[2]}`
    }
    case 'rename extension': {
      const renamed = file.endsWith('.md') ? file.replace(/\.md$/, '.markdown') : file.replace(/\.markdown$/, '.md')
      fs.renameSync(full, path.join(repo.root, 'content', renamed))
      return `${kind} ${file} -> ${renamed}`
    }
    case 'drop section': {
      const sections = text.split(/(?=^## )/m)
      if (sections.length < 3) return 'nothing'
      sections.splice(1 + Math.floor(rng.next() * (sections.length - 1)), 1)
      fs.writeFileSync(full, sections.join(''))
      return `${kind} ${file}`
    }
    case 'add page': {
      const where = rng.pick(locales)
      write(`${where}/docs/extra.md`, `# Extra\n\nSee the [guide](/${guide}/#${rng.pick(['ssh-tunnels', 'node-to-control-plane', 'nowhere'])}).\n\n## Details\n\nMore text in ${where}.\n`)
      return `${kind} ${where}/docs/extra.md`
    }
    case 'remove page':
      if (!file.includes('extra')) return 'nothing'
      fs.rmSync(full)
      return `${kind} ${file}`
    case 'edit prose':
      fs.writeFileSync(full, text.replace(/\b(the|la|il|o)\b/, 'THE'))
      return `${kind} ${file}`
    default:
      repo.commit(`Edit ${file}`)
      return 'commit'
  }
}

describe('a warm run gives the report of a run without cache', () => {
  it.each([[1], [2]])('after every edit of a seeded random sequence (seed %i)', async (seed) => {
    const repo = seedRepo()
    const cacheDir = path.join(repo.root, '.lockstep-cache')
    // And as `lockstep check` runs, with the report of an unchanged run reused, in a cache of its own.
    const memoDir = path.join(repo.root, '.lockstep-cache-cli')
    const rng = random(seed)
    await check({config, cwd: repo.root, cacheDir})
    await checkReport({config, cwd: repo.root, cacheDir: memoDir})
    const done: string[] = []
    for (let step = 0; step < 12; step++) {
      done.push(edit(repo, rng))
      const [warm, cold] = await warmAndCold(repo.root, cacheDir)
      // The edits so far name the failing sequence.
      expect(warm, done.join('\n')).toBe(cold)
      expect(formatJson(await (await checkReport({config, cwd: repo.root, cacheDir: memoDir})).report()), done.join('\n')).toBe(cold)
    }
  }, 240_000)

  it.each([
    ['another source page’s front-matter keys change', (repo: TestRepo) => fs.writeFileSync(path.join(repo.root, 'content/en/docs/extra.md'), '---\nowner: docs\n---\n\n# Extra\n')],
    ['a heading of a third locale’s page is renamed', (repo: TestRepo) => fs.writeFileSync(path.join(repo.root, 'content/it', `${guide}.md`), fs.readFileSync(path.join(repo.root, 'content/it', `${guide}.md`), 'utf8').replace(/^## .+$/m, '## Renamed'))],
    ['guide.md becomes guide.markdown', (repo: TestRepo) => fs.renameSync(path.join(repo.root, 'content/es', `${guide}.md`), path.join(repo.root, 'content/es', `${guide}.markdown`))]
  ])('when %s', async (_, change) => {
    const repo = seedRepo()
    const es = path.join(repo.root, 'content/es', `${guide}.md`)
    const it = fs.readFileSync(path.join(repo.root, 'content/it', `${guide}.md`), 'utf8')
    const itAnchor = /^## (.+)$/m.exec(it)![1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')
    fs.writeFileSync(es, `---\ntitle: Comunicación\nowner: docs\n---\n\n${fs.readFileSync(es, 'utf8')}\nVer [allí](/it/${guide}/#${itAnchor}).\n`)
    fs.writeFileSync(path.join(repo.root, 'content/en/docs/extra.md'), '# Extra\n')
    // Front matter on the source side, or the rule compares nothing.
    const en = path.join(repo.root, 'content/en', `${guide}.md`)
    fs.writeFileSync(en, `---\ntitle: Communication\n---\n\n${fs.readFileSync(en, 'utf8')}`)
    const cacheDir = path.join(repo.root, '.lockstep-cache')
    // Without history: a page's history changing (an uncommitted rename has none) would hide a stale cache.
    const settings = validateConfig({...config, history: {enabled: false}})
    const [warmBefore, coldBefore] = await warmAndCold(repo.root, cacheDir, settings)
    expect(warmBefore).toBe(coldBefore)
    change(repo)
    const [warm, cold] = await warmAndCold(repo.root, cacheDir, settings)
    expect(cold).not.toBe(coldBefore)
    expect(warm).toBe(cold)
  }, 60_000)
})

describe('the cache is checked before it is trusted', () => {
  /** A site, its cache after one run, and the report that run gave. */
  async function cached() {
    const repo = seedRepo()
    // A source edit since the translations' bases, so the history cache has entries too.
    const source = path.join(repo.root, 'content/en', `${guide}.md`)
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('hub-and-spoke', 'hub and spoke'))
    repo.commit('Edit the source')
    const cacheDir = path.join(repo.root, '.lockstep-cache')
    const first = formatJson((await check({config, cwd: repo.root, cacheDir})).report)
    return {repo, cacheDir, first}
  }
  /** The entry files of a store (`summaries`, `results`) as read, in the order of their ids; `rest` is a summary's second line (its sections' bodies). */
  type Entry = {key: string; id: string; entry: Record<string, unknown> | null; rest?: string}
  const entryFiles = (cacheDir: string, store: string) =>
    (fs.readdirSync(path.join(cacheDir, store), {recursive: true}) as string[])
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .map((name) => {
        const [first, rest] = fs.readFileSync(path.join(cacheDir, store, name), 'utf8').split('\n') as [string, string | undefined]
        return {file: path.join(cacheDir, store, name), json: {...(JSON.parse(first) as Entry), ...(rest === undefined ? {} : {rest})}}
      })
      .sort((a, b) => (a.json.id < b.json.id ? -1 : 1))
  const write = (file: string, {rest, ...json}: Entry) => fs.writeFileSync(file, JSON.stringify(json) + (rest === undefined ? '' : `\n${rest}`))
  const mutate = (cacheDir: string, store: string, change: (entries: Entry[]) => void) => {
    const files = entryFiles(cacheDir, store)
    // One summary per file; one group of results per page key (the seed site has one page).
    expect(files.length).toBeGreaterThan(store === 'summaries' ? 2 : 0)
    change(files.map((each) => each.json))
    for (const {file, json} of files) write(file, json)
  }
  const mutateFile = (file: string, change: (json: {key: string; entries: Record<string, unknown> | null}) => void) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {key: string; entries: Record<string, unknown> | null}
    change(json)
    fs.writeFileSync(file, JSON.stringify(json))
  }

  it.each([
    ['an empty summary', 'summaries', (entries: Entry[]) => entries.forEach((each) => (each.entry = {}))],
    ['summaries: entries null', 'summaries', (entries: Entry[]) => entries.forEach((each) => (each.entry = null))],
    ['summaries of the wrong shape', 'summaries', (entries: Entry[]) => entries.forEach((each) => Object.assign(each.entry!, {sections: null}))],
    ['summaries made under another config', 'summaries', (entries: Entry[]) => entries.forEach((each) => (each.key = `${each.key}x`))],
    ['a summary filed under another page', 'summaries', (entries: Entry[]) => {
      // The other page's summary under this page's id: only the summary's own file and hash tell.
      const [, es, it] = entries
      it!.entry = es!.entry
    }],
    ['findings of another page', 'results', (groups: Entry[]) => {
      // The results of a page key in every locale share a file: one translation's entry gets another's findings.
      const group = groups[0]!.entry as Record<string, {diagnostics: unknown[]; readsKey: string}>
      const translated = Object.keys(group).filter((id) => !id.startsWith('en/'))
      const donor = translated.reduce((most, id) => (group[id]!.diagnostics.length > group[most]!.diagnostics.length ? id : most))
      expect(group[donor]!.diagnostics.length).toBeGreaterThan(0)
      const other = group[donor]!
      Object.assign(group[translated.find((id) => id !== donor)!]!, {diagnostics: other.diagnostics, readsKey: other.readsKey})
    }],
    ['results of the wrong shape', 'results', (groups: Entry[]) => groups.forEach((each) => Object.values(each.entry!).forEach((entry) => Object.assign(entry as object, {reads: null})))],
    ['results filed under another page key', 'results', (groups: Entry[]) => groups.forEach((each) => (each.id = `${each.id}x`))]
  ])('%s is discarded and recomputed', async (_, store, change) => {
    const {repo, cacheDir, first} = await cached()
    // Nothing changed on disk: every page would be answered from the cache if it were trusted.
    mutate(cacheDir, store, change)
    const [warm, cold] = await warmAndCold(repo.root, cacheDir)
    expect(warm).toBe(cold)
    expect(warm).toBe(first)
  }, 60_000)

  it.each([
    ['cut off after its head', (entry: Entry) => delete entry.rest],
    ['of the wrong shape', (entry: Entry) => (entry.rest = JSON.stringify((JSON.parse(entry.rest!) as unknown[]).map(() => ({text: 'x'}))))],
    ['of another page (another number of sections)', (entry: Entry) => (entry.rest = JSON.stringify([...(JSON.parse(entry.rest!) as unknown[]), ...(JSON.parse(entry.rest!) as unknown[])]))],
    ['not JSON', (entry: Entry) => (entry.rest = '{"text":')]
  ])('sections’ bodies %s are read from the page again when its rules run', async (_, change) => {
    const {repo, cacheDir, first} = await cached()
    mutate(cacheDir, 'summaries', (entries) => entries.forEach((entry) => {
      expect(entry.rest).toBeDefined()
      change(entry)
    }))
    // Without the results, every page's rules run and ask for every page's bodies.
    fs.rmSync(path.join(cacheDir, 'results'), {recursive: true})
    const warm = await check({config, cwd: repo.root, cacheDir})
    expect(warm.stats.pagesChecked).toBeGreaterThan(5)
    expect(formatJson(warm.report)).toBe(first)
  }, 60_000)

  it('changes since a base of the wrong shape are discarded and recomputed', async () => {
    const {repo, cacheDir, first} = await cached()
    mutateFile(path.join(cacheDir, 'history.json'), (json) => Object.values(json.entries!).forEach((entry) => Object.assign(entry as object, {sections: 'x'})))
    const [warm, cold] = await warmAndCold(repo.root, cacheDir)
    expect(warm).toBe(cold)
    expect(warm).toBe(first)
  }, 60_000)

  it('leaves no temporary file of an interrupted write behind', async () => {
    const {repo, cacheDir} = await cached()
    // What a run killed between writing and renaming leaves (a process id no process has).
    for (const name of ['results.json', 'summaries.json', 'history.json']) fs.writeFileSync(path.join(cacheDir, `${name}.4194301.tmp`), '{"key":')
    // And beside an entry of each store, in the shard its next write goes to.
    for (const {file} of [...entryFiles(cacheDir, 'summaries'), ...entryFiles(cacheDir, 'results')]) fs.writeFileSync(`${file}.4194301.tmp`, '{"key":')
    // Every page is written again: the cache is of another version.
    for (const {file, json} of [...entryFiles(cacheDir, 'summaries'), ...entryFiles(cacheDir, 'results')]) write(file, {...json, key: 'older'})
    await check({config, cwd: repo.root, cacheDir})
    expect((fs.readdirSync(cacheDir, {recursive: true}) as string[]).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
