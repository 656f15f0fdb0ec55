import {execFileSync} from 'node:child_process'
import fs from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launch} from './browser.ts'
import {buildHistorySite, type HistorySite} from './history-site.ts'
import {serve} from './serve.ts'

const root = path.resolve(import.meta.dirname, '../..')
const site = path.join(root, 'dist/site')
const page = 'docs/concepts/architecture/control-plane-node-communication'
const sourceIds = ['node-to-control-plane', 'control-plane-to-node', 'api-server-to-kubelet', 'api-server-to-nodes-pods-and-services', 'ssh-tunnels', 'konnectivity-service']
// Screenshots for the docs when asked (`SCREENSHOTS=1 npm test`), else beside the other test output.
const shots = process.env.SCREENSHOTS ? path.join(root, 'docs/images') : path.join(root, 'test/.tmp/screenshots')

let browser: Browser
let server: Awaited<ReturnType<typeof serve>>
// A second, small site built from a git repository made in the test, for what needs history.
let history: HistorySite
let historyServer: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  // Build the site from this checkout, so the test never reads a stale dist/.
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {cwd: root, stdio: 'inherit'})
  execFileSync(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist/site', '--silent'], {cwd: root, stdio: 'inherit'})
  server = await serve(site)
  history = buildHistorySite(root)
  historyServer = await serve(history.out)
  browser = await launch()
  await fs.mkdir(shots, {recursive: true})
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await historyServer?.close()
  if (history) await fs.rm(history.root, {recursive: true, force: true})
})

async function open(route: string, options: {width?: number; server?: {url: string}} = {}): Promise<Page> {
  const tab = await browser.newPage({viewport: {width: options.width ?? 1280, height: 900}})
  await tab.goto((options.server ?? server).url + route)
  return tab
}

async function inViewport(tab: Page, selector: string): Promise<boolean> {
  return tab.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.top >= -1 && box.top < (globalThis as unknown as {innerHeight: number}).innerHeight
  })
}

describe('docs pages', () => {
  it.each(['en', 'es', 'it', 'pt', 'ru', 'zh-cn'])('%s renders every section under the source ids', async (locale) => {
    const tab = await open(`/${locale}/${page}/`)
    expect(await tab.getAttribute('html', 'lang')).toBe(locale)
    expect(await tab.locator('h1').count()).toBe(1)
    const ids = await tab.locator('main [data-anchor]').evaluateAll((headings) => headings.map((heading) => heading.id))
    for (const id of sourceIds) expect(ids).toContain(id)
    const alternates = await tab.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
    expect(alternates).toEqual(['en', 'es', 'it', 'pt', 'ru', 'zh-cn', 'x-default'])
    await tab.close()
  })

  it('shows a missing Italian section in English, in a marked block, at its anchor', async () => {
    const tab = await open(`/it/${page}/#ssh-tunnels`)
    const block = tab.locator('section.fallback:has(#ssh-tunnels)')
    await expect.poll(() => block.getAttribute('lang')).toBe('en')
    expect(await block.locator('.fallback-label').textContent()).toContain('Non ancora tradotto')
    expect(await tab.locator('#ssh-tunnels').textContent()).toBe('SSH tunnels')
    expect(await inViewport(tab, '#ssh-tunnels')).toBe(true)
    expect(await block.locator('a.drift').getAttribute('href')).toBe(`/translate/it/${page}/#row-ssh-tunnels`)
    await tab.close()
  })

  it('keeps a native slug as an alias of the aligned anchor', async () => {
    const tab = await open(`/es/${page}/#servicio-konnectivity`)
    expect(await inViewport(tab, '#konnectivity-service')).toBe(true)
    await tab.close()
  })

  it('switches from Russian at “Служба подключения” to Spanish at “Servicio Konnectivity”', async () => {
    const tab = await open(`/ru/${page}/#konnectivity-service`)
    expect(await tab.locator('#konnectivity-service').textContent()).toBe('Служба подключения')
    await tab.locator('a[data-switch][hreflang=es]').click()
    await tab.waitForURL(/\/es\/.*#konnectivity-service$/)
    expect(await tab.locator('#konnectivity-service').textContent()).toBe('Servicio Konnectivity')
    expect(await inViewport(tab, '#konnectivity-service')).toBe(true)
    await tab.close()
  })

  it('switches at the section scrolled to, without a #fragment', async () => {
    const tab = await open(`/ru/${page}/`)
    await tab.getByRole('heading', {name: 'apiserver в kubelet'}).evaluate((element) => element.scrollIntoView({block: 'start'}))
    await tab.locator('a[data-switch][hreflang=it]').click()
    await tab.waitForURL(/\/it\/.*#api-server-to-kubelet$/)
    expect(await tab.locator('#api-server-to-kubelet').textContent()).toBe('apiserver to kubelet')
    expect(await inViewport(tab, '#api-server-to-kubelet')).toBe(true)
    await tab.close()
  })
})

describe('search', () => {
  it('finds Italian pages from the Italian index', async () => {
    const tab = await open(`/it/${page}/`)
    await tab.locator('.search input').fill('apiserver')
    const result = tab.locator('.pagefind-ui__result-link').first()
    await result.waitFor()
    expect(await result.getAttribute('href')).toContain(`/it/${page}/`)
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
    expect(await tab.locator('figure.chart svg').count()).toBe(5)
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
    await tab.locator('a[href="/rules/missing-section/"]').first().click()
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
    expect(links).toEqual(['en https://docs.example.test/en/guide/', 'de https://docs.example.test/de/guide/', 'es https://docs.example.test/es/guide/', 'x-default https://docs.example.test/en/guide/'])
    expect(await tab.locator('link[rel=canonical]').getAttribute('href')).toBe('https://docs.example.test/es/guide/')
    await tab.close()
  })

  it('publishes a page with no English source with a notice, and lists it on the dashboard', async () => {
    const tab = await openHistory('/es/old/')
    expect(await tab.locator('.orphan-notice').textContent()).toContain('no tiene original en inglés')
    expect(await tab.locator('h1').textContent()).toBe('Página antigua')
    await tab.goto(historyServer.url + '/status/')
    expect(await tab.locator('table.orphans a[href="/es/old/"]').count()).toBe(1)
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

describe('accessibility', () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  const routes = ['/', `/en/${page}/`, `/it/${page}/`, `/ru/${page}/`, '/status/', `/translate/it/${page}/`, '/rules/', '/rules/missing-section/']
  // The history site: outdated markers and notices, English diffs, UI strings in English, a page with no source.
  const historyRoutes = ['history:/es/guide/', 'history:/de/guide/', 'history:/translate/es/guide/', 'history:/es/old/']
  it.each([...routes, ...historyRoutes])('axe finds no serious or critical violation on %s', async (route) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme})
      await tab.goto(route.startsWith('history:') ? historyServer.url + route.slice('history:'.length) : server.url + route)
      await tab.addScriptTag({path: axe})
      const violations = await tab.evaluate(async () => {
        const result = await (globalThis as unknown as {axe: {run(): Promise<{violations: Array<{id: string; impact: string; nodes: Array<{target: string[]}>}>}>}}).axe.run()
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(violations, colorScheme).toEqual([])
      await tab.close()
    }
  })
})

describe('phone', () => {
  it('fits a phone screen without horizontal scrolling', async () => {
    const tab = await open(`/it/${page}/`, {width: 390})
    const width = await tab.evaluate(() => (globalThis as unknown as {document: {documentElement: {scrollWidth: number}}}).document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await tab.close()
  })
})
