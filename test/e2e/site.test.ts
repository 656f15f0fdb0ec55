import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seriousViolations} from './axe.ts'
import {launch} from './browser.ts'
import {buildSite, root} from './build-site.ts'
import {buildHistorySite, type HistorySite} from './history-site.ts'
import {crawl} from './crawl.ts'
import {serve} from './serve.ts'

const site = path.join(root, 'dist/site')
const page = 'docs/concepts/architecture/control-plane-node-communication'
const sourceIds = ['node-to-control-plane', 'control-plane-to-node', 'api-server-to-kubelet', 'api-server-to-nodes-pods-and-services', 'ssh-tunnels', 'konnectivity-service']
/** The page's URL in a locale: English at the root, as Hugo publishes it. */
const url = (locale: string, key = page) => (locale === 'en' ? `/${key}/` : `/${locale}/${key}/`)
// Screenshots for the docs when asked (`SCREENSHOTS=1 npm test`), else beside the other test output.
const shots = process.env.SCREENSHOTS ? path.join(root, 'docs/images') : path.join(root, 'test/.tmp/screenshots')

let browser: Browser
let server: Awaited<ReturnType<typeof serve>>
// A second, small site built from a git repository made in the test, for what needs history.
let history: HistorySite
let historyServer: Awaited<ReturnType<typeof serve>>
// A Starlight-format project (MDX, asides, tabs, an RTL locale): test/e2e/starlight-site.
let starlightOut: string
let starlightServer: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  // Build the site from this checkout, so the test never reads a stale dist/.
  buildSite(site)
  server = await serve(site)
  history = buildHistorySite()
  historyServer = await serve(history.out)
  starlightOut = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-starlight-site-'))
  buildSite(starlightOut, path.join(root, 'test/e2e/starlight-site'))
  starlightServer = await serve(starlightOut)
  browser = await launch()
  await fs.mkdir(shots, {recursive: true})
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await historyServer?.close()
  await starlightServer?.close()
  if (history) await fs.rm(history.root, {recursive: true, force: true})
  if (starlightOut) await fs.rm(starlightOut, {recursive: true, force: true})
})

type Server = {url: string}

async function open(route: string, options: {width?: number; height?: number; server?: Server} = {}): Promise<Page> {
  const tab = await browser.newPage({viewport: {width: options.width ?? 1280, height: options.height ?? 900}})
  await tab.goto((options.server ?? server).url + route)
  return tab
}

async function inViewport(tab: Page, selector: string): Promise<boolean> {
  return tab.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.top >= -1 && box.top < (globalThis as unknown as {innerHeight: number}).innerHeight
  })
}

/** The header's language picker (the phone menu has a second one). */
const picker = (tab: Page) => tab.locator('header details.lockstep-languages')

async function switchTo(tab: Page, hreflang: string): Promise<void> {
  await picker(tab).locator('summary').click()
  await picker(tab).locator(`a[data-switch][hreflang="${hreflang}"]`).click()
}

describe('docs pages', () => {
  it.each([
    ['en', 'en'],
    ['es', 'es'],
    ['it', 'it'],
    ['pt', 'pt'],
    ['ru', 'ru'],
    ['zh-cn', 'zh-CN']
  ])('%s renders every section under the source ids', async (locale, lang) => {
    const tab = await open(url(locale))
    expect(await tab.getAttribute('html', 'lang')).toBe(lang)
    expect(await tab.locator('h1').count()).toBe(1)
    const ids = await tab.locator('main [data-anchor]').evaluateAll((headings) => headings.map((heading) => heading.id))
    for (const id of sourceIds) expect(ids).toContain(id)
    const alternates = await tab.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`))
    expect(alternates).toEqual([...['en', 'es', 'it', 'pt', 'ru'].map((each) => `${each} ${url(each)}`), `zh-CN ${url('zh-cn')}`, `x-default ${url('en')}`])
    await tab.close()
  })

  it('lists the aligned ids in Starlight’s table of contents, the English fallback sections too', async () => {
    const tab = await open(url('it'))
    const toc = await tab.locator('starlight-toc nav > ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(toc).toEqual(['#_top', ...sourceIds.map((id) => `#${id}`)])
    await tab.close()
  })

  it('shows a missing Italian section in English, in a marked block, at its anchor', async () => {
    const tab = await open(`${url('it')}#ssh-tunnels`)
    const block = tab.locator('section.fallback:has(#ssh-tunnels)')
    await expect.poll(() => block.getAttribute('lang')).toBe('en')
    expect(await block.locator('.fallback-label').textContent()).toContain('Non ancora tradotto')
    expect(await tab.locator('#ssh-tunnels').textContent()).toBe('SSH tunnels')
    expect(await inViewport(tab, '#ssh-tunnels')).toBe(true)
    expect(await block.locator('a.drift').getAttribute('href')).toBe(`/translate/it/${page}/#row-ssh-tunnels`)
    // Starlight's parts speak the page's language inside it: the aside and the anchor's label.
    expect(await block.locator('aside.starlight-aside--note').getAttribute('aria-label')).toBe('Nota')
    expect(await tab.locator('a.sl-anchor-link[href="#ssh-tunnels"]').textContent()).toBe('Sezione intitolata “SSH tunnels”')
    await tab.close()
  })

  it('keeps a native slug as an alias of the aligned anchor', async () => {
    const tab = await open(`${url('es')}#servicio-konnectivity`)
    expect(await inViewport(tab, '#konnectivity-service')).toBe(true)
    await tab.close()
  })

  it('switches from Russian at “Служба подключения” to Spanish at “Servicio Konnectivity”', async () => {
    const tab = await open(`${url('ru')}#konnectivity-service`)
    expect(await tab.locator('#konnectivity-service').textContent()).toBe('Служба подключения')
    await switchTo(tab, 'es')
    await tab.waitForURL(/\/es\/.*#konnectivity-service$/)
    expect(await tab.locator('#konnectivity-service').textContent()).toBe('Servicio Konnectivity')
    expect(await inViewport(tab, '#konnectivity-service')).toBe(true)
    await tab.close()
  })

  it('switches at the section scrolled to, without a #fragment', async () => {
    const tab = await open(url('ru'))
    await tab.getByRole('heading', {name: 'apiserver в kubelet'}).evaluate((element) => element.scrollIntoView({block: 'start'}))
    await switchTo(tab, 'it')
    await tab.waitForURL(/\/it\/.*#api-server-to-kubelet$/)
    expect(await tab.locator('#api-server-to-kubelet').textContent()).toBe('apiserver to kubelet')
    expect(await inViewport(tab, '#api-server-to-kubelet')).toBe(true)
    await tab.close()
  })

  it('switches from the last section, at the foot of the page, to the same section', async () => {
    const tab = await open(url('ru'))
    await tab.evaluate(() => (globalThis as unknown as {scrollTo(x: number, y: number): void; document: {documentElement: {scrollHeight: number}}}).scrollTo(0, (globalThis as unknown as {document: {documentElement: {scrollHeight: number}}}).document.documentElement.scrollHeight))
    await switchTo(tab, 'es')
    await tab.waitForURL(/\/es\/.*#konnectivity-service$/)
    await tab.close()
  })

  it('puts the section in view in every language link before any click (middle-click, copy link)', async () => {
    const tab = await open(url('ru'))
    await tab.getByRole('heading', {name: 'apiserver в kubelet'}).evaluate((element) => element.scrollIntoView({block: 'start'}))
    await expect.poll(() => picker(tab).locator('a[hreflang="es"]').getAttribute('href')).toBe(`${url('es')}#api-server-to-kubelet`.replace(/^/, server.url))
    expect(await picker(tab).locator('a[hreflang="en"]').getAttribute('href')).toBe(`${server.url}${url('en')}#api-server-to-kubelet`)
    await tab.close()
  })

  it('has a home page in every locale', async () => {
    for (const locale of ['en', 'it']) {
      const tab = await open(locale === 'en' ? '/' : `/${locale}/`)
      expect(await tab.locator(`main a[href="${url(locale)}"]`).count()).toBe(1)
      await tab.close()
    }
  })
})

describe('search', () => {
  async function search(tab: Page, query: string) {
    await tab.locator('site-search button[data-open-modal]').click()
    await tab.locator('#starlight__search input').fill(query)
    const result = tab.locator('.pagefind-ui__result-link').first()
    await result.waitFor()
    return result
  }

  it('finds Italian pages from the Italian index', async () => {
    const tab = await open(url('it'))
    const result = await search(tab, 'apiserver')
    expect(await result.getAttribute('href')).toContain(url('it'))
    await tab.close()
  })

  it('finds a section shown in English on the Italian page from the Italian index', async () => {
    // “Konnectivity” is only in the two sections Italian lacks: they are indexed with the page.
    expect(await fs.readFile(path.join(root, `content/it/${page}.md`), 'utf8')).not.toMatch(/konnectivity/i)
    const tab = await open(url('it'))
    const result = await search(tab, 'Konnectivity')
    expect(await result.getAttribute('href')).toContain(url('it'))
    await tab.close()
  })

  it('leaves the side-by-side views and /status/ out of the index', async () => {
    // Each translation's /translate/ view holds the English page's text: indexed, it would come up
    // under the English index once per translation.
    const tab = await open(url('en'))
    await search(tab, 'Konnectivity')
    const hrefs = await tab.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(hrefs).toContain(url('en'))
    expect(hrefs.filter((href) => href.includes('/translate/') || href.includes('/status/'))).toEqual([])
    await tab.close()
  })
})

describe('published report', () => {
  it('is the check’s JSON report', async () => {
    const report = JSON.parse(await fs.readFile(path.join(site, 'report.json'), 'utf8'))
    expect(report.schemaVersion).toBe(1)
    expect(report.pages.find((each: {locale: string}) => each.locale === 'it').missing).toHaveLength(2)
  })
})

describe('status dashboard', () => {
  it('shows Italian’s two missing sections', async () => {
    const tab = await open('/status/')
    const cell = tab.locator(`tbody td[data-locale="it"][data-page="${page}"]`)
    expect(await cell.locator('.missing-count').textContent()).toMatch(/2\s+missing sections/)
    expect(await cell.locator('.missing-count').getAttribute('title')).toBe('SSH tunnels, Konnectivity service')
    // One stacked chart of the five locales, with its data table behind it.
    expect(await tab.locator('figure.coverage-chart svg[role="img"]').count()).toBe(1)
    expect(await tab.locator('.coverage-chart .chart-data tbody tr').count()).toBe(5)
    expect(await tab.locator('.locale-card[data-locale="pt"] .percent').textContent()).toBe('83 %')
    expect(await tab.locator('tr.total-row td[data-locale="pt"] .num').first().textContent()).toBe('83 %')
    await tab.screenshot({path: path.join(shots, 'status.png'), fullPage: true})
    await tab.close()
  })
})

describe('side-by-side view', () => {
  it('has an empty translation row for each of Italian’s two missing sections', async () => {
    const tab = await open(`/translate/it/${page}/`)
    const missing = tab.locator('tr.missing')
    expect(await missing.count()).toBe(2)
    expect(await missing.evaluateAll((rows) => rows.map((row) => row.id))).toEqual(['row-ssh-tunnels', 'row-konnectivity-service'])
    expect(await missing.first().locator('td.target h3').count()).toBe(0)
    expect(await missing.first().locator('td.target').textContent()).toContain('missing-section')
    expect(await tab.locator('a.edit').getAttribute('href')).toBe(`https://github.com/kubernetes/website/edit/main/content/it/${page}.md`)
    await tab.locator('main a[href="/rules/missing-section/"]').first().click()
    await tab.waitForURL(/\/rules\/missing-section\/$/)
    expect(await tab.locator('h1').textContent()).toBe('missing-section')
    await tab.close()
  })

  it('screenshot', async () => {
    const tab = await open(`/translate/it/${page}/`)
    await tab.screenshot({path: path.join(shots, 'translate-it.png'), fullPage: true})
    await tab.close()
  })
})

describe('rule pages', () => {
  it('show a history rule’s example with the source at the base and the source now', async () => {
    const tab = await open('/rules/outdated-section/')
    const text = (await tab.locator('main').textContent()) ?? ''
    expect(text).toContain('Source (en) at the translation’s base')
    expect(text).toContain('Source (en) now:')
    expect(await tab.locator('main li code').first().textContent()).toMatch(/<base>/)
    await tab.close()
  })
})

describe('history: a translation made, then English edited', () => {
  const openHistory = (route: string) => open(route, {server: historyServer})

  it('marks the page outdated, and the section whose prose changed, linking to its side-by-side row', async () => {
    const tab = await openHistory('/es/guide/')
    const notice = tab.locator('.outdated-notice')
    expect(await notice.textContent()).toContain(`base ${history.base.slice(0, 7)}`)
    expect(await notice.textContent()).toContain('commits en inglés desde entonces: 1')
    const marker = tab.locator('section:has(#configure) a.marker-outdated')
    expect(await marker.textContent()).toBe('Desactualizado')
    expect(await marker.getAttribute('title')).toContain('prose')
    // A typo fix is no reason to re-translate: no marker on “Install”.
    expect(await tab.locator('section:has(#install) a.marker-outdated').count()).toBe(0)
    expect(await tab.locator('a.marker-outdated').count()).toBe(1)
    await marker.click()
    await tab.waitForURL(/\/translate\/es\/guide\/#row-configure$/)
    expect(await inViewport(tab, '#row-configure')).toBe(true)
    await tab.close()
  })

  it('labels a section added in English since the translation apart from one the translator dropped', async () => {
    const tab = await openHistory('/es/guide/#upgrade')
    const block = tab.locator('section.fallback:has(#upgrade)')
    expect(await block.locator('.fallback-label').textContent()).toContain('Añadido en inglés después de la traducción')
    expect(await block.locator('a.drift').getAttribute('href')).toBe('/translate/es/guide/#row-upgrade')
    await tab.close()
  })

  it('shows the English diff since the base in the changed section’s row, without relying on colour', async () => {
    const tab = await openHistory('/translate/es/guide/')
    const row = tab.locator('#row-configure')
    expect(await row.getAttribute('data-change')).toBe('changed')
    const caption = await row.locator('figure.diff figcaption').textContent()
    expect(caption).toContain(`base ${history.base.slice(0, 7)} (2024-01-01), 1 commit behind`)
    expect(caption).toContain('prose')
    expect(await row.locator('figure.diff del').allTextContents()).toEqual(['- Edit `lockstep.config.json` and set the [locales](/docs/locales/).'])
    expect(await row.locator('figure.diff ins').allTextContents()).toEqual(['+ Edit `lockstep.config.json`, set the [locales](/docs/locales/) and choose which rules report errors.'])
    expect(await tab.locator('#row-run figure.diff').count()).toBe(0)
    const added = tab.locator('#row-upgrade')
    expect(await added.getAttribute('data-kind')).toBe('missing')
    expect(await added.locator('td.target').textContent()).toContain('Added in English since the translation')
    expect(await added.locator('td.target').textContent()).toContain('outdated-section')
    await tab.screenshot({path: path.join(shots, 'translate-diff.png'), fullPage: true})
    await tab.close()
  })

  it('gives absolute hreflang alternates and a canonical link under the configured site', async () => {
    const tab = await openHistory('/es/guide/')
    const links = await tab.locator('link[rel=alternate][hreflang]').evaluateAll((each) => each.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`))
    expect(links).toEqual(['en https://docs.example.test/guide/', 'de https://docs.example.test/de/guide/', 'es https://docs.example.test/es/guide/', 'x-default https://docs.example.test/guide/'])
    expect(await tab.locator('link[rel=canonical]').getAttribute('href')).toBe('https://docs.example.test/es/guide/')
    await tab.close()
  })

  it('publishes a page with no English source with a notice, and lists it on the dashboard', async () => {
    const tab = await openHistory('/es/old/')
    expect(await tab.locator('.orphan-notice').textContent()).toContain('no tiene original en inglés')
    expect(await tab.locator('h1').textContent()).toBe('Página antigua')
    const alternates = await tab.locator('link[rel=alternate][hreflang]').evaluateAll((each) => each.map((link) => link.getAttribute('hreflang')))
    expect(alternates).toEqual(['es', 'x-default'])
    await tab.goto(historyServer.url + '/status/')
    expect(await tab.locator('table.orphans a[href="/es/old/"]').count()).toBe(1)
    await tab.close()
  })

  it('renders Docsy’s tabpane and Kubernetes’ tabs as Starlight’s Tabs: labels, panels, keys, sync', async () => {
    const tab = await openHistory('/es/install/')
    const docsy = tab.locator('section:has(#packages) starlight-tabs')
    // Starlight's own component: its tab list (styled by its CSS) and panels.
    expect(await docsy.locator('[role=tab]').allTextContents()).toEqual(['Linux', 'macOS (brew)'])
    expect(await docsy.locator('[role=tablist]').evaluate((list) => (globalThis as unknown as {getComputedStyle(e: unknown): {display: string}}).getComputedStyle(list).display)).toBe('flex')
    expect(await docsy.locator('[role=tabpanel]:visible').textContent()).toContain('apt install lockstep')
    // A relative link in a panel goes where it goes on the original site: the Spanish guide.
    expect(await docsy.locator('[role=tabpanel] a').first().getAttribute('href')).toBe('/es/guide/')
    await docsy.locator('[role=tab]').nth(1).click()
    expect(await docsy.locator('[role=tabpanel]:visible').textContent()).toContain('brew install lockstep')
    await tab.keyboard.press('ArrowLeft')
    expect(await docsy.locator('[role=tab]').first().getAttribute('aria-selected')).toBe('true')
    expect(await docsy.locator('[role=tabpanel]:visible').textContent()).toContain('apt install lockstep')
    // Docsy keeps a reader's choice by tab header across tab sets and pages: a Starlight sync key.
    expect(await docsy.getAttribute('data-sync-key')).toBe('docsy-header')
    // Kubernetes' tabs in the section the translation lacks, shown in English.
    const kubernetes = tab.locator('section.fallback[lang=en]:has(#from-source) starlight-tabs')
    expect(await kubernetes.locator('[role=tab]').allTextContents()).toEqual(['Git', 'Archive'])
    expect(await kubernetes.getAttribute('data-sync-key')).toBeNull()
    await kubernetes.locator('[role=tab]').nth(1).click()
    expect(await kubernetes.locator('[role=tabpanel]:visible').textContent()).toContain('Download the archive.')
    // No placeholder: every shortcode rendered.
    expect(await tab.locator('.shortcode-unknown').count()).toBe(0)
    await tab.close()
  })

  it('shows missing UI strings in English, marked, and counts them on the dashboard like a page', async () => {
    const tab = await openHistory('/de/guide/')
    const fallback = tab.locator('.outdated-notice .ui-fallback').first()
    expect(await fallback.getAttribute('lang')).toBe('en')
    expect(await fallback.textContent()).toContain('The English page has changed')
    await tab.goto(historyServer.url + '/status/')
    const de = tab.locator('tr.ui-strings-row td[data-locale="de"]')
    expect(await de.locator('.num').first().textContent()).toBe('0%')
    expect(await tab.locator('tr.ui-strings-row td[data-locale="es"] .num').first().textContent()).toBe('100%')
    await tab.close()
  })
})

describe('a Starlight site (MDX, asides, tabs, right to left)', () => {
  const openStarlight = (route: string, width?: number) => open(route, {server: starlightServer, ...(width ? {width} : {})})

  it('renders asides and tabs of a translated MDX page with labels in its language', async () => {
    const tab = await openStarlight('/fr/guide/')
    expect(await tab.getAttribute('html', 'lang')).toBe('fr')
    const asides = await tab.locator('main aside.starlight-aside').evaluateAll((each) => each.map((aside) => aside.getAttribute('aria-label')))
    // Starlight's French labels, though the content folder is not src/content/docs.
    expect(asides).toEqual(['Note', 'Attention'])
    expect(await tab.locator('a.sl-anchor-link[href="#configure"] .sr-only').textContent()).toBe('Section intitulée « Configuration »')
    const tabs = tab.locator('starlight-tabs [role=tab]')
    expect(await tabs.allTextContents()).toEqual(['npm', 'pnpm'])
    await tabs.nth(1).click()
    expect(await tab.locator('starlight-tabs [role=tabpanel]:visible').textContent()).toContain('pnpm add lockstep')
    // The section French lacks, in English at its place, under the English id.
    expect(await tab.locator('section.fallback[lang=en] #upgrade').textContent()).toBe('Upgrade')
    await tab.close()
  })

  it('publishes a javascript: link as inert text', async () => {
    const tab = await openStarlight('/fr/guide/')
    expect(await tab.locator('main a[href^="javascript:" i]').count()).toBe(0)
    expect(await tab.locator('main .inert-link').textContent()).toBe('cliquez ici')
    await tab.close()
  })

  it('shows an imported component the content does not have as a named placeholder, its import as no text', async () => {
    const tab = await openStarlight('/fr/guide/')
    // `~/components/…` lives outside the content folder: the page still builds, the component is named.
    expect(await tab.locator('main .component-missing[data-component=Preview] code').textContent()).toBe('<Preview>')
    expect(await tab.locator('main .component-missing[data-component=Preview]').textContent()).toContain('Aperçu de la configuration.')
    expect(await tab.locator('main').textContent()).not.toContain('import ')
    await tab.close()
  })

  it('lays an RTL locale out right to left', async () => {
    const tab = await openStarlight('/ar/guide/')
    expect(await tab.getAttribute('html', 'dir')).toBe('rtl')
    expect(await tab.getAttribute('html', 'lang')).toBe('ar')
    await tab.close()
  })
})

// One page of each type, in both sites.
const pageTypes = ['/', url('en'), url('it'), url('ru'), '/it/', '/status/', `/translate/it/${page}/`, '/rules/', '/rules/missing-section/', '/404.html']
const historyTypes = ['history:/es/guide/', 'history:/de/guide/', 'history:/translate/es/guide/', 'history:/es/old/', 'history:/es/install/']
const starlightTypes = ['starlight:/fr/guide/', 'starlight:/ar/guide/']
const routeUrl = (route: string) =>
  route.startsWith('history:') ? historyServer.url + route.slice('history:'.length) : route.startsWith('starlight:') ? starlightServer.url + route.slice('starlight:'.length) : server.url + route

describe('accessibility', () => {
  it.each([...pageTypes, ...historyTypes, ...starlightTypes])('axe finds no serious or critical violation on %s', async (route) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme})
      await tab.goto(routeUrl(route))
      const violations = await seriousViolations(tab)
      expect(violations, colorScheme).toEqual([])
      await tab.close()
    }
  })
})

describe('phone', () => {
  it.each([...pageTypes, ...historyTypes, ...starlightTypes])('%s fits a phone screen without horizontal scrolling', async (route) => {
    const tab = await browser.newPage({viewport: {width: 390, height: 844}})
    await tab.goto(routeUrl(route))
    const width = await tab.evaluate(() => (globalThis as unknown as {document: {documentElement: {scrollWidth: number}}}).document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await tab.close()
  })

  it('opens the sidebar from the menu button, and the page starts at its title', async () => {
    const tab = await browser.newPage({viewport: {width: 390, height: 844}})
    await tab.goto(server.url + url('it'))
    expect(await inViewport(tab, 'h1')).toBe(true)
    await tab.locator('button[popovertarget="starlight__sidebar"]').click()
    await expect.poll(() => tab.locator(`#starlight__sidebar a[href="${url('it')}"]`).isVisible()).toBe(true)
    await tab.close()
  })
})

describe('links', () => {
  it.each([
    ['seed', () => ({url: server.url, dir: site})],
    ['history', () => ({url: historyServer.url, dir: history.out})],
    ['starlight', () => ({url: starlightServer.url, dir: starlightOut})]
  ])('the %s site links to no missing internal page', async (_name, target) => {
    const {dir} = target()
    const {pages, broken} = await crawl(dir)
    expect(pages).toBeGreaterThan(5)
    expect(broken).toEqual([])
  })
})

describe('screenshots', () => {
  it('desktop and phone', async () => {
    const desktop = await open(`${url('it')}#ssh-tunnels`)
    await desktop.screenshot({path: path.join(shots, 'site-desktop.png')})
    await desktop.close()
    const phone = await open(`${url('it')}#ssh-tunnels`, {width: 390, height: 844})
    await phone.screenshot({path: path.join(shots, 'site-phone.png')})
    await phone.close()
    expect((await fs.stat(path.join(shots, 'site-phone.png'))).size).toBeGreaterThan(1000)
  })
})
