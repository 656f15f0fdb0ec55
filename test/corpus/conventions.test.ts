import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {cloneBundle} from './corpus.ts'

// Recall of the conventions stage on real docs: site-wide drift has the shape of a convention (a
// component and a key every translation lacks), but history shows the translations were made
// before the English had them, so every page must still be reported.
const contentDir = 'docs/src/content/docs'
const config = validateConfig({siteUrls: ['https://starlight.astro.build']})
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')))

describe('Starlight docs with site-wide drift injected after the translations', () => {
  it('reports the new component and key on every translated page of every changed English page', async () => {
    const root = cloneBundle('starlight-docs')
    const git = (...args: string[]) => execFileSync('git', args, {cwd: root, env, encoding: 'utf8'})
    const before = await check({config, cwd: root, contentDir})
    const english = before.summaries.filter((summary) => summary.locale === before.report.sourceLocale && summary.file.endsWith('.mdx') && summary.frontmatter !== null && !summary.failed)
    for (const page of english) {
      const file = path.join(root, page.file)
      const text = fs.readFileSync(file, 'utf8')
      const end = text.indexOf('\n---', 3) + '\n---'.length
      fs.writeFileSync(file, `${text.slice(0, end - 4)}\nreviewCycle: 2026-q3${text.slice(end - 4, end)}\n\n<ReviewNotice />\n${text.slice(end)}`)
    }
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-am', 'Every English page gets a review notice')

    const after = await check({config, cwd: root, contentDir})
    const changed = new Set(english.map((page) => page.page))
    const translated = after.report.pages.filter((page) => page.status === 'translated' && changed.has(page.page)).map((page) => `${page.locale}/${page.page}`)
    const reported = (rule: string, text: string) =>
      new Set(after.report.diagnostics.filter((diagnostic) => diagnostic.rule === rule && diagnostic.message.includes(text)).map((diagnostic) => `${diagnostic.locale}/${diagnostic.page}`))
    expect(english.length).toBeGreaterThan(20)
    expect(translated.length).toBeGreaterThan(100)
    expect(translated.filter((page) => !reported('frontmatter-mismatch', '`reviewCycle`').has(page))).toEqual([])
    expect(translated.filter((page) => !reported('shortcode-mismatch', '`ReviewNotice`').has(page))).toEqual([])
    expect(after.report.conventions.map((convention) => convention.id)).toEqual(before.report.conventions.map((convention) => convention.id))
    expect(after.conventions.find((convention) => convention.id === 'shortcode-mismatch: ReviewNotice dropped')).toMatchObject({status: 'candidate', pages: 0, newer: translated.length})
    fs.rmSync(root, {recursive: true, force: true})
  })
})
