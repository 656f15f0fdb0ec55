import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seriousViolations} from '../e2e/axe.ts'
import {launch} from '../e2e/browser.ts'
import {buildSite} from '../e2e/build-site.ts'
import {crawl} from '../e2e/crawl.ts'
import {serve} from '../e2e/serve.ts'
import {cloneBundle} from './corpus.ts'

// The sites of real corpora, built as `npm run bench` builds them (`LOCKSTEP_ROOT=<clone> astro
// build`), in one file so that the builds run one after the other (two Astro builds at once share
// the project's cache folder, node_modules/.astro) and each once for all its tests (they are the
// suite's most expensive steps). The glossary (16 locales, 955 files): /status/ in Chromium, as the
// issue tried it, and a crawl of every internal link; the Starlight docs (MDX, 17 locales): a crawl.
// Progress over time is left out of the builds (57 months of history: its own unit test covers it).
let root: string
let browser: Browser
let server: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  root = cloneBundle('glossary')
  fs.writeFileSync(path.join(root, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://glossary.cncf.io']}))
  buildSite(path.join(root, '.site'), root, {LOCKSTEP_PROGRESS: '0'})
  server = await serve(path.join(root, '.site'))
  browser = await launch()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (root) fs.rmSync(root, {recursive: true, force: true})
})

async function open(width = 1280, height = 900): Promise<Page> {
  const tab = await browser.newPage({viewport: {width, height}})
  await tab.goto(`${server.url}/status/`)
  await tab.locator('form.status-filters:not([hidden])').waitFor()
  return tab
}

describe('glossary /status/', () => {
  it('agrees with each locale’s badge and status JSON', async () => {
    const tab = await open()
    const locales = await tab.locator('.locale-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-locale')!))
    // 16 locales: English and 15 translations.
    expect(locales.length).toBe(15)
    for (const locale of locales) {
      const card = await tab.locator(`.locale-card[data-locale="${locale}"] .percent`).textContent()
      const total = await tab.locator(`tr.total-row td[data-locale="${locale}"] .num`).first().textContent()
      const badge = await (await fetch(`${server.url}/status/${locale}.json`)).json()
      const full = await (await fetch(`${server.url}/status/${locale}/status.json`)).json()
      expect([card, total, badge.message], locale).toEqual([`${full.percent} %`, `${full.percent} %`, `${full.percent} %`])
      const outdated = await tab.locator(`.locale-card[data-locale="${locale}"] [data-state="outdated"] .num`).textContent()
      expect(Number(outdated), locale).toBe(full.sections.outdated)
    }
    await tab.close()
  })

  it('sorts by keyboard and filters by mouse', async () => {
    const tab = await open()
    const locale = await tab.locator('.locale-card').first().getAttribute('data-locale')
    await tab.locator(`thead th[data-locale="${locale}"] button`).focus()
    await tab.keyboard.press('Enter')
    expect(await tab.locator(`thead th[data-locale="${locale}"]`).getAttribute('aria-sort')).toBe('ascending')
    const values = await tab.locator(`table.status tbody tr td[data-locale="${locale}"]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))))
    expect(values).toEqual([...values].sort((a, b) => a - b))
    await tab.locator('select[name="locale"]').selectOption(locale!)
    await tab.locator('select[name="state"]').selectOption('outdated')
    const shown = await tab.locator('table.status tbody tr:not([hidden])').count()
    const states = await tab.locator(`table.status tbody tr:not([hidden]) td[data-locale="${locale}"]`).evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-states')))
    expect(states.length).toBe(shown)
    expect(states.every((state) => state!.split(' ').includes('outdated'))).toBe(true)
    await tab.close()
  })

  it('keeps the header on screen while scrolling, and no horizontal page scroll at 390 px', async () => {
    const tab = await open(390, 844)
    // The elements that stick out (inside their scroll boxes too) name the cause if the page is too wide.
    const wide = await tab.evaluate(() => {
      const doc = (globalThis as unknown as {document: {documentElement: {scrollWidth: number}; querySelectorAll(selector: string): Iterable<{getBoundingClientRect(): {right: number}; tagName: string; className: string}>}}).document
      return {width: doc.documentElement.scrollWidth, out: [...doc.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > 391).slice(0, 5).map((element) => `${element.tagName}.${element.className}`)}
    })
    expect(wide.width, wide.out.join(', ')).toBeLessThanOrEqual(390)
    const box = tab.locator('.status-box')
    await box.scrollIntoViewIfNeeded()
    const before = (await tab.locator('thead th[data-sort="page"]').boundingBox())!
    await box.evaluate((element) => element.scrollBy(0, 2000))
    const after = (await tab.locator('thead th[data-sort="page"]').boundingBox())!
    expect(after.y).toBeCloseTo(before.y, 0)
    await tab.close()
  })

  it('axe finds no serious or critical violation', async () => {
    const tab = await open()
    expect(await seriousViolations(tab)).toEqual([])
    await tab.close()
  })
})

describe('the glossary site', () => {
  it('links to no internal page that does not exist', async () => {
    const {pages, broken} = await crawl(path.join(root, '.site'))
    // 95 English files in 16 locales (each page shown in English where it is not translated), and
    // the side-by-side view of each translated page (833; none for the 583 pages a locale lacks): about 2,280 pages.
    expect(pages).toBeGreaterThan(2200)
    expect(broken).toEqual([])
  })
})

describe('the Starlight docs site', () => {
  let project: string
  let out: string

  beforeAll(() => {
    project = cloneBundle('starlight-docs')
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-starlight-docs-site-'))
    fs.writeFileSync(path.join(project, 'lockstep.config.json'), JSON.stringify({contentDir: 'docs/src/content/docs', siteUrls: ['https://starlight.astro.build']}))
    buildSite(out, project, {LOCKSTEP_PROGRESS: '0'})
  }, 1_200_000)

  afterAll(() => {
    for (const dir of [project, out]) if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('links to no internal page that does not exist', async () => {
    const {pages, broken} = await crawl(out)
    // 37 English pages in 17 locales (each shown in English where it is not translated), and the
    // side-by-side view of each translated page (301; none for the 291 pages a locale lacks): about 950 pages.
    expect(pages).toBeGreaterThan(900)
    expect(broken).toEqual([])
  })
})
