import fs from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {english, makeRepo, spanish} from '../history/git-repo.ts'
import {seriousViolations} from './axe.ts'
import {launch} from './browser.ts'
import {buildSite} from './build-site.ts'
import {serve} from './serve.ts'

// A site with enough pages to sort, filter and scroll: 30 English pages in three folders, all in
// Spanish, the even ones in German; then the English “Configure” section of every fourth page is
// rewritten. So Spanish has 8 pages with one outdated section of three (66 %), German 15 missing
// pages and 8 partly outdated ones.
const pages = Array.from({length: 30}, (_, n) => `${n < 10 ? 'docs/install' : n < 20 ? 'docs/guide' : 'blog'}/page-${String(n).padStart(2, '0')}`)
const outdated = (n: number) => n % 4 === 0
let root: string
let out: string
let browser: Browser
let server: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  const repo = makeRepo()
  root = repo.root
  fs.writeFileSync(path.join(root, 'lockstep.config.json'), JSON.stringify({localeNames: {en: 'English', es: 'Español', de: 'Deutsch'}}))
  const files: Record<string, string> = {}
  pages.forEach((page, n) => {
    files[`en/${page}.md`] = english.replace('# Guide', `# Guide ${n}`)
    files[`es/${page}.md`] = spanish.replace('# Guía', `# Guía ${n}`)
    if (n % 2 === 0) files[`de/${page}.md`] = spanish.replace('# Guía', `# Anleitung ${n}`)
  })
  repo.write(files)
  repo.commit('Translate')
  const edits: Record<string, string> = {}
  pages.forEach((page, n) => {
    if (outdated(n)) edits[`en/${page}.md`] = files[`en/${page}.md`]!.replace('Edit `lockstep.config.json` and set the [locales](/docs/locales/).', 'Edit `lockstep.config.json`, set the [locales](/docs/locales/) and choose which rules report errors.')
  })
  repo.write(edits)
  repo.commit('Explain the rules')
  out = path.join(root, '.site')
  buildSite(out, root)
  server = await serve(out)
  browser = await launch()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (root) fs.rmSync(root, {recursive: true, force: true})
})

async function open(width = 1280, height = 800): Promise<Page> {
  const tab = await browser.newPage({viewport: {width, height}})
  await tab.goto(`${server.url}/status/`)
  await tab.locator('form.status-filters:not([hidden])').waitFor()
  return tab
}

/** Page keys of the rows on screen, top to bottom. */
const visibleRows = (tab: Page) => tab.locator('table.status tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => (row as unknown as {dataset: {page: string}}).dataset.page))
const sortState = (tab: Page) => tab.locator('table.status thead th[aria-sort]').evaluateAll((cells) => cells.map((cell) => `${cell.textContent?.trim()} ${cell.getAttribute('aria-sort')}`))

describe('status table at scale', () => {
  it('counts the same on the cards, in the table, on the badge and in the JSON', async () => {
    const tab = await open()
    // es: 30 pages × 3 sections, 8 outdated → 82 of 90 up to date; de: 15 pages × 3 sections, 8 outdated, 15 pages (45 sections) missing → 37 of 90.
    for (const [locale, percent] of [['es', 91], ['de', 41]] as const) {
      expect(await tab.locator(`.locale-card[data-locale="${locale}"] .percent`).textContent()).toBe(`${percent} %`)
      expect(await tab.locator(`tr.total-row td[data-locale="${locale}"] .num`).first().textContent()).toBe(`${percent} %`)
      const badge = await (await fetch(`${server.url}/status/${locale}.json`)).json()
      expect(badge).toMatchObject({schemaVersion: 1, message: `${percent} %`})
      const full = await (await fetch(`${server.url}/status/${locale}/status.json`)).json()
      expect(full.percent).toBe(percent)
      expect(full.sections).toEqual(locale === 'es' ? {translated: 82, outdated: 8, untranslated: 0, missing: 0, total: 90} : {translated: 37, outdated: 8, untranslated: 0, missing: 45, total: 90})
      expect(await tab.locator(`.locale-card[data-locale="${locale}"] [data-state="outdated"] .num`).textContent()).toBe('8')
    }
    // The chart's data table says the same.
    expect(await tab.locator('.coverage-chart .chart-data tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' ')))).toEqual(['Deutsch (de) 37 8 0 45 90 41 %', 'Español (es) 82 8 0 0 90 91 %'])
    // Progress over time: both commits are in January 2024, one point, the same numbers.
    expect(await tab.locator('.progress-chart .chart-data tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' ')))).toEqual(['2024-01 41 % 91 %'])
    await tab.close()
  })

  it('sorts by a locale with the mouse: least translated first, then the reverse', async () => {
    const tab = await open()
    expect(await sortState(tab)).toEqual(['Page ascending'])
    await tab.locator('thead th[data-locale="es"] button').click()
    expect(await sortState(tab)).toEqual(['Español (es) ascending'])
    const ascending = await visibleRows(tab)
    expect(ascending.slice(0, 8)).toEqual(pages.filter((_, n) => outdated(n)).sort())
    await tab.locator('thead th[data-locale="es"] button').click()
    expect(await sortState(tab)).toEqual(['Español (es) descending'])
    expect((await visibleRows(tab)).slice(-8)).toEqual(pages.filter((_, n) => outdated(n)).sort())
    // German: missing pages (no percentage) come before any translated one.
    await tab.locator('thead th[data-locale="de"] button').click()
    expect(await tab.locator('tbody tr:first-child td[data-locale="de"] a.num').textContent()).toBe('missing page')
    await tab.close()
  })

  it('sorts by page with the keyboard', async () => {
    const tab = await open()
    await tab.locator('thead th[data-sort="page"] button').focus()
    await tab.keyboard.press('Enter')
    expect(await sortState(tab)).toEqual(['Page descending'])
    expect(await visibleRows(tab)).toEqual([...pages].sort().reverse())
    await tab.keyboard.press(' ')
    expect(await sortState(tab)).toEqual(['Page ascending'])
    expect(await visibleRows(tab)).toEqual([...pages].sort())
    await tab.close()
  })

  it('filters by locale and state with the mouse, hiding the other locales’ column', async () => {
    const tab = await open()
    await tab.locator('select[name="locale"]').selectOption('es')
    await tab.locator('select[name="state"]').selectOption('outdated')
    expect(await visibleRows(tab)).toEqual(pages.filter((_, n) => outdated(n)).sort())
    expect(await tab.locator('thead th[data-locale="de"]').isVisible()).toBe(false)
    expect(await tab.locator('thead th[data-locale="es"]').isVisible()).toBe(true)
    expect(await tab.locator('output.status-count').textContent()).toBe('8 of 30 pages shown')
    await tab.locator('select[name="locale"]').selectOption('de')
    await tab.locator('select[name="state"]').selectOption('missing-page')
    expect(await visibleRows(tab)).toEqual(pages.filter((_, n) => n % 2 === 1).sort())
    await tab.close()
  })

  it('filters by folder with the keyboard', async () => {
    const tab = await open()
    await tab.locator('select[name="folder"]').focus()
    // Folders in order: blog, docs, docs/guide, docs/install.
    await tab.keyboard.press('ArrowDown')
    expect(await visibleRows(tab)).toEqual(pages.filter((page) => page.startsWith('blog/')).sort())
    await tab.keyboard.press('ArrowDown')
    expect(await visibleRows(tab)).toEqual(pages.filter((page) => page.startsWith('docs/')).sort())
    await tab.close()
  })

  it('keeps the header on screen while the table scrolls in its box', async () => {
    const tab = await open(1280, 700)
    const box = tab.locator('.status-box')
    await box.scrollIntoViewIfNeeded()
    const before = await tab.locator('thead th[data-sort="page"]').boundingBox()
    await box.evaluate((element) => element.scrollBy(0, 800))
    const scrolled = await box.evaluate((element) => element.scrollTop)
    expect(scrolled).toBeGreaterThan(300)
    const after = await tab.locator('thead th[data-sort="page"]').boundingBox()
    const frame = (await box.boundingBox())!
    expect(after!.y).toBeCloseTo(before!.y, 0)
    expect(after!.y).toBeGreaterThanOrEqual(frame.y - 1)
    // The first body row has scrolled under the header.
    const first = (await tab.locator('table.status tbody tr:first-child th').boundingBox())!
    expect(first.y).toBeLessThan(frame.y)
    await tab.close()
  })

  it('on a phone, scrolls the table inside its box, never the page, and keeps the first column', async () => {
    const tab = await open(390, 844)
    expect(await tab.evaluate(() => (globalThis as unknown as {document: {documentElement: {scrollWidth: number}}}).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const box = tab.locator('.status-box')
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    const before = (await tab.locator('table.status tbody tr:first-child th').boundingBox())!
    await box.evaluate((element) => element.scrollBy(300, 0))
    const after = (await tab.locator('table.status tbody tr:first-child th').boundingBox())!
    expect(after.x).toBeCloseTo(before.x, 0)
    await tab.close()
  })

  it('links each cell to the page, its side-by-side view and its history', async () => {
    const tab = await open()
    const cell = tab.locator(`td[data-locale="es"][data-page="${pages[0]}"]`)
    expect(await cell.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([`/translate/es/${pages[0]}/`, `/es/${pages[0]}/`, `/translate/es/${pages[0]}/#history`])
    await cell.locator('a.history-link').click()
    await tab.waitForURL(/#history$/)
    expect(await tab.locator('#history').textContent()).toMatch(/1\s+section changed in English since/)
    await tab.close()
  })

  it('links a missing page to the English page, which it has no side-by-side view beside', async () => {
    const tab = await open()
    // page-01 has no German translation: its German reader's page is the English one, with the notice alone.
    const cell = tab.locator(`td[data-locale="de"][data-page="${pages[1]}"]`)
    expect(await cell.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([`/${pages[1]}/`])
    expect(await cell.locator('a.num').textContent()).toBe('missing page')
    expect(fs.existsSync(path.join(out, 'translate/de', pages[1]!))).toBe(false)
    expect(fs.existsSync(path.join(out, 'translate/de', pages[0]!, 'index.html'))).toBe(true)
    await tab.goto(`${server.url}/de/${pages[1]}/`)
    const notice = tab.locator('.lockstep-notice')
    expect(await notice.textContent()).toContain('shown in English')
    expect(await notice.locator('a').count()).toBe(0)
    await tab.close()
  })

  it('axe finds no serious or critical violation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme})
      await tab.goto(`${server.url}/status/`)
      await tab.locator('form.status-filters:not([hidden])').waitFor()
      await tab.locator('thead th[data-locale="es"] button').click()
      const violations = await seriousViolations(tab)
      expect(violations, colorScheme).toEqual([])
      await tab.close()
    }
  })
})
