import fs from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {composePage, localHref, offsiteLinks, unknownShortcodes} from '../../src/starlight/compose-page.ts'
import {composeRows} from '../../src/starlight/compose-rows.ts'
import {loadSite, type Site} from '../../src/starlight/load-site.ts'
import {remarkLockstep} from '../../src/starlight/remark-lockstep.ts'
import {buildSidebar} from '../../src/starlight/sidebar.ts'
import {homePage} from '../../src/starlight/home-page.ts'
import {localeLinks, publishedHref} from '../../src/starlight/site-nav.ts'
import {writeTree} from '../helpers.ts'

const page = 'docs/concepts/architecture/control-plane-node-communication'
let site: Site

beforeAll(async () => {
  site = await loadSite(path.resolve(import.meta.dirname, '../..'))
})

describe('composePage on the seed', () => {
  it.each(['en', 'es', 'it', 'pt', 'ru', 'zh-cn'])('%s: every source section id is a heading id', async (locale) => {
    const composed = (await composePage(site, locale, page))!
    const ids = composed.blocks.map((block) => block.id)
    for (const section of site.summary('en', page)!.sections.slice(1)) expect(ids).toContain(section.id)
  })

  it('composes each page once per site, also for a second copy of the module (Astro loads the content layer and the pages in two module graphs)', async () => {
    const secondGraph = '../../src/starlight/compose-page.ts?second-graph'
    const copy = (await import(/* @vite-ignore */ secondGraph)) as typeof import('../../src/starlight/compose-page.ts')
    expect(copy.composePage).not.toBe(composePage)
    const first = await composePage(site, 'it', page)
    expect(first).toBeDefined()
    expect(await copy.composePage(site, 'it', page)).toBe(first)
  })

  it('it: the two missing sections are English fallback blocks after their neighbour', async () => {
    const composed = (await composePage(site, 'it', page))!
    expect(composed.blocks.map((block) => `${block.kind}:${block.id}`).slice(-3)).toEqual(['section:api-server-to-nodes-pods-and-services', 'fallback:ssh-tunnels', 'fallback:konnectivity-service'])
    const fallback = composed.blocks.find((block) => block.id === 'ssh-tunnels')!
    expect(fallback.lang).toBe('en')
    expect(fallback.bodyHtml).toContain('class="callout callout-note"')
    expect(fallback.findings.map((finding) => finding.rule)).toEqual(['missing-section'])
  })

  it('es: native slugs and {#id} stay as aliases; the extra What’s next keeps its own id, localised', async () => {
    const composed = (await composePage(site, 'es', page))!
    const konnectivity = composed.blocks.find((block) => block.id === 'konnectivity-service')!
    expect(konnectivity.aliases).toContain('servicio-konnectivity')
    expect(konnectivity.bodyHtml).toContain('Kubernetes v1.18 [beta]')
    const extra = composed.blocks.find((block) => block.kind === 'extra')!
    expect(extra.id).toBe('whats-next')
    expect(extra.headingHtml).toBe('Siguientes pasos')
  })

  it('renders glossary tooltips as links with a title', async () => {
    const composed = (await composePage(site, 'es', page))!
    expect(composed.blocks.map((block) => block.bodyHtml).join('')).toMatch(/<a class="glossary" href="[^"]+#term-[\w-]+" title="Glossary: [\w-]+">/)
  })

  it('side-by-side rows of it: two missing rows, no extra', async () => {
    const rows = await composeRows(site, 'it', page)
    expect(rows.filter((row) => row.kind === 'missing').map((row) => row.id)).toEqual(['ssh-tunnels', 'konnectivity-service'])
    expect(rows.filter((row) => row.kind === 'extra')).toEqual([])
  })
})

describe('localHref', () => {
  it('keeps links to this site in the reader’s locale', () => {
    expect(localHref(site, 'it', `https://kubernetes.io/${page}/#ssh-tunnels`)).toBe(`/it/${page}/#ssh-tunnels`)
    expect(localHref(site, 'ru', `/es/${page}/`)).toBe(`/ru/${page}/`)
    // The source locale is at the root, as Hugo publishes it.
    expect(localHref(site, 'en', `/it/${page}/`)).toBe(`/${page}/`)
    expect(localHref(site, 'it', '/docs/not-here/')).toBe('/docs/not-here/')
    // A page the content does not have: the original site's, listed for the build log.
    expect(localHref(site, 'it', '/docs/not-here/#x', 'content/it/a.md')).toBe('https://kubernetes.io/docs/not-here/#x')
    expect(offsiteLinks.get('/docs/not-here/')).toEqual(new Set(['content/it/a.md']))
    expect(localHref(site, 'it', 'https://example.com/x')).toBe('https://example.com/x')
  })

  it('resolves a relative link as the original site does, from the page the text is published on', async () => {
    const root = await writeTree({
      'en/docs/_index.md': '# Docs\n\nIntro.\n',
      'en/docs/setup.md': '# Setup\n\nText.\n',
      'en/docs/guide.md': '# Guide\n\nText.\n',
      'en/docs/draft.md': '---\ndraft: true\n---\n# Draft\n\nText.\n',
      'tr/docs/setup.md': '# Kurulum\n\nMetin.\n',
      'tr/docs/eski.md': '# Eski\n\nMetin.\n'
    })
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({siteUrls: ['https://docs.example.org']}))
    const made = await loadSite(root)
    const from = (file: string, url: string, locale = 'en') => localHref(made, locale, url, `content/${file}`)
    // A section's _index is published at its folder; another page at a folder of its own (Hugo's and Starlight's URLs).
    expect(from('en/docs/_index.md', 'setup/')).toBe('/docs/setup/')
    expect(from('en/docs/setup.md', '../')).toBe('/docs/')
    expect(from('en/docs/setup.md', 'guide/')).toBe('https://docs.example.org/docs/setup/guide/')
    expect(from('en/docs/setup.md', '../guide#usage')).toBe('/docs/guide/#usage')
    // A link to a Markdown file is the page that file is, from the file's folder.
    expect(from('en/docs/setup.md', 'guide.md#usage')).toBe('/docs/guide/#usage')
    expect(from('en/docs/_index.md', './setup.md')).toBe('/docs/setup/')
    // English text on a Turkish page and Turkish text alike lead to the Turkish page, and to its own pages.
    expect(from('en/docs/setup.md', '../guide/', 'tr')).toBe('/tr/docs/guide/')
    expect(from('tr/docs/setup.md', '../guide/', 'tr')).toBe('/tr/docs/guide/')
    expect(from('tr/docs/setup.md', '../eski/', 'tr')).toBe('/tr/docs/eski/')
    // A draft and a page the content does not have: the original site's, listed for the build log.
    expect(from('en/docs/setup.md', '../draft/')).toBe('https://docs.example.org/docs/draft/')
    expect(from('en/docs/setup.md', '../gone/?a=1#b')).toBe('https://docs.example.org/docs/gone/?a=1#b')
    expect(offsiteLinks.get('/docs/gone/')).toEqual(new Set(['content/en/docs/setup.md']))
    // Not relative: as written.
    for (const url of ['#here', 'mailto:a@b.c', 'https://example.com/']) expect(from('en/docs/setup.md', url)).toBe(url)
  })

  it('links to no page the site does not build: a draft, a _-file, the 404 page', async () => {
    const root = await writeTree({
      'en/guide.md': '# Guide\n\nText.\n',
      'en/draft.md': '---\ndraft: true\n---\n# Draft\n\nText.\n',
      'en/404.md': '# Not found\n\nGone.\n',
      'en/_TEMPLATE.md': '# Template\n\nText.\n',
      'fr/guide.md': '# Guide\n\nTexte.\n'
    })
    const made = await loadSite(root)
    expect(['guide', 'draft', '404', '_TEMPLATE'].map((page) => publishedHref(made, 'fr', page))).toEqual(['/fr/guide/', undefined, undefined, undefined])
    expect(localeLinks(made, 'draft')).toEqual([])
    expect([...homePage(made, 'fr').html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['/status/', '/fr/guide/'])
  })
})

describe('composePage on a made-up tree', () => {
  it('shows a page missing from a locale in English, with the notice flag', async () => {
    const root = await writeTree({
      'en/guide.md': '# Guide\n\nIntro.\n\n## Install\n\nRun `npm i`.\n\n{{% sign-language-section A8o99is_L-k %}}\n\n## Unknown\n\n{{< mystery foo="bar" >}}\n',
      'de/other.md': '# Anderes\n\nText.\n',
      'fr/guide.md': '# Guide\n\nIntroduction.\n\n## Installer\n\nLancez `npm i`.\n'
    })
    const made = await loadSite(root)
    const de = (await composePage(made, 'de', 'guide'))!
    expect(de.fallbackPage).toBe(true)
    expect(de.blocks.map((block) => block.id)).toEqual(['', 'install', 'unknown'])
    expect(de.blocks.every((block) => block.lang === 'en')).toBe(true)
    expect(de.blocks[2]!.bodyHtml).toContain('<div class="shortcode-unknown" data-shortcode="mystery"><code class="shortcode-tag">{{&#x3C; mystery foo="bar" >}}</code></div>')
    expect(unknownShortcodes.get('mystery')).toBeDefined()
    // The glossary's sign-language video is a link in the reader's language, not a placeholder.
    expect(de.blocks[1]!.bodyHtml).toContain('<p class="video"><a href="https://www.youtube.com/watch?v=A8o99is_L-k">▶ Sign language video</a></p>')
    expect(unknownShortcodes.has('sign-language-section')).toBe(false)
    const fr = (await composePage(made, 'fr', 'guide'))!
    expect(fr.blocks.map((block) => `${block.kind}:${block.id}`)).toEqual(['section:', 'section:install', 'fallback:unknown'])
    expect(fr.blocks[1]!.aliases).toEqual(['installer'])
  })

  it('shows a section scaffolded by lockstep sync as a fallback block, with its untranslated-scaffold finding', async () => {
    const root = await writeTree({
      'en/guide.md': '# Guide\n\nIntro.\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit the file.\n',
      'fr/guide.md': '# Guide\n\nIntroduction.\n\n## Installer\n\nLancez `npm i`.\n\n## Configure\n\n<!-- lockstep:untranslated -->\n\nEdit the file.\n'
    })
    const made = await loadSite(root)
    const fr = (await composePage(made, 'fr', 'guide'))!
    expect(fr.blocks.map((block) => `${block.kind}:${block.id}:${block.lang}`)).toEqual(['section::fr', 'section:install:fr', 'fallback:configure:en'])
    expect(fr.blocks[2]!.bodyHtml).toContain('Edit the file.')
    expect(fr.blocks[2]!.findings.map((finding) => finding.rule)).toEqual(['untranslated-scaffold'])
  })

  it('with sectionFallback off, keeps a missing section’s heading and links to the source instead of its text', async () => {
    const root = await writeTree({
      'en/guide.md': '# Guide\n\nIntro.\n\n## Install\n\nRun `npm i`.\n\n## Configure\n\nEdit the file.\n',
      'fr/guide.md': '# Guide\n\nIntroduction.\n\n## Installer\n\nLancez `npm i`.\n'
    })
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({sectionFallback: false}))
    const made = await loadSite(root)
    const fr = (await composePage(made, 'fr', 'guide'))!
    const fallback = fr.blocks.find((block) => block.kind === 'fallback')!
    expect(fallback).toMatchObject({id: 'configure', headingHtml: 'Configure', bodyHtml: '', sourceHref: '/guide/#configure'})
    expect(fallback.findings.map((finding) => finding.rule)).toEqual(['missing-section'])
    // The side-by-side view still shows the source text.
    const rows = await composeRows(made, 'fr', 'guide')
    expect(rows.find((row) => row.id === 'configure')!.source!.bodyHtml).toContain('Edit the file.')
  })

  it('composes a translation with no source page under its own ids, flagged as an orphan, linked only where it exists', async () => {
    const root = await writeTree({
      'en/guide.md': '# Guide\n\nIntro.\n',
      'fr/guide.md': '# Guide\n\nIntroduction.\n',
      'fr/ancienne.md': '# Ancienne page\n\nTexte.\n\n## Détails {#details}\n\nPlus.\n'
    })
    const made = await loadSite(root)
    expect([...made.orphans]).toEqual([['fr', ['ancienne']]])
    const orphan = (await composePage(made, 'fr', 'ancienne'))!
    expect(orphan.orphan).toBe(true)
    expect(orphan.blocks.map((block) => `${block.kind}:${block.id}:${block.lang}`)).toEqual(['section::fr', 'section:details:fr'])
    expect(orphan.blocks[1]!.findings).toEqual([])
    expect(orphan.blocks[0]!.findings.map((finding) => finding.rule)).toEqual(['orphan-page'])
    expect(localeLinks(made, 'ancienne').map((link) => link.locale)).toEqual(['fr'])
    expect(localeLinks(made, 'guide').map((link) => link.locale)).toEqual(['en', 'fr'])
    expect(buildSidebar(made, 'fr', '/fr/guide/').map((entry) => entry.type === 'link' && `${entry.label} ${entry.href} ${entry.isCurrent}`)).toEqual(['Ancienne page /fr/ancienne/ false', 'Guide /fr/guide/ true'])
    expect(buildSidebar(made, 'en', '/').map((entry) => entry.type === 'link' && entry.href)).toEqual(['/guide/'])
    expect(await composePage(made, 'en', 'ancienne')).toBeUndefined()
  })
})

describe('the remark adapter', () => {
  it('parses a page it composes once: the processor’s parser hands it an empty root, and the composed tree replaces it', async () => {
    const processor = unified().use(remarkParse).use(remarkLockstep, {root: site.cwd})
    const file = new VFile({path: path.resolve(site.cwd, site.summary('it', page)!.file), value: '# Not the page\n'})
    const parsed = processor.parse(file)
    expect(parsed).toEqual({type: 'root', children: []})
    const composed = (await processor.run(parsed, file)) as Root
    const ids = composed.children.flatMap((node) => ((node.type as string) === 'lockstepElement' ? (node as {children: {data?: {hProperties?: {id?: string}}}[]}).children.map((child) => child.data?.hProperties?.id) : []))
    expect(ids).toContain('ssh-tunnels')
    expect(JSON.stringify(composed)).not.toContain('Not the page')
  })

  it('parses any other file as the processor would', () => {
    const processor = unified().use(remarkParse).use(remarkLockstep, {root: site.cwd})
    const tree = processor.parse(new VFile({path: path.join(site.cwd, 'README.md'), value: '# Kept\n'}))
    expect(tree.children.map((node) => node.type)).toEqual(['heading'])
  })
})
