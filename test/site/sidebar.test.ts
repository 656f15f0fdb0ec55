import {describe, expect, it} from 'vitest'
import {loadSite} from '../../src/starlight/load-site.ts'
import {buildSidebar, paginationOf, type SidebarEntry} from '../../src/starlight/sidebar.ts'
import {writeTree} from '../helpers.ts'

/** The sidebar as `label href` lines, groups indented. */
function outline(entries: SidebarEntry[], depth = 0): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'link' ? [`${'  '.repeat(depth)}${entry.label} ${entry.href}${entry.isCurrent ? ' *' : ''}`] : [`${'  '.repeat(depth)}[${entry.label}]${entry.collapsed ? '' : ' open'}`, ...outline(entry.entries, depth + 1)]
  )
}

describe('buildSidebar on a Hugo layout', () => {
  it('orders by weight, labels by linkTitle in the locale, titles folders by _index, leaves _-files, drafts and the 404 page out', async () => {
    const root = await writeTree({
      'en/_index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
      'en/docs/_index.md': '---\ntitle: Documentation\nweight: 1\n---\n\nAll the docs.\n',
      'en/docs/zeta.md': '---\ntitle: Zeta guide\nlinkTitle: Zeta\nweight: 2\n---\n\nZ.\n',
      'en/docs/alpha.md': '---\ntitle: Alpha guide\nweight: 3\n---\n\nA.\n',
      'en/docs/_TEMPLATE.md': '---\ntitle: Template\n---\n\nCopy me.\n',
      'en/blog/post.md': '---\ntitle: A post\n---\n\nNews.\n',
      // Starlight's not-found page (published as /404.html): not in the sidebar nor prev/next.
      'en/404.md': '---\ntitle: Not found\n---\n\nNothing here.\n',
      // Drafts are not published (Hugo and Starlight alike): not in the sidebar where the page shown is one.
      'en/docs/draft.md': '---\ntitle: Draft guide\ndraft: true\n---\n\nSoon.\n',
      'it/docs/_index.md': '---\ntitle: Documentazione\nweight: 1\n---\n\nTutta la documentazione.\n',
      'it/docs/zeta.md': '---\ntitle: Guida zeta\nlinkTitle: Zeta (it)\nweight: 2\n---\n\nZ.\n'
    })
    const site = await loadSite(root)
    const it = buildSidebar(site, 'it', '/it/docs/zeta/')
    expect(outline(it)).toEqual([
      'Home /it/',
      '[Documentazione] open',
      '  Documentazione /it/docs/',
      '  Zeta (it) /it/docs/zeta/ *',
      '  Alpha guide /it/docs/alpha/',
      '[Blog]',
      '  A post /it/blog/post/'
    ])
    expect(paginationOf(it)).toMatchObject({prev: {href: '/it/docs/'}, next: {href: '/it/docs/alpha/'}})
    expect(outline(buildSidebar(site, 'en', '/blog/post/'))).toContain('[Blog] open')
    // Every page of a locale shares one layout: another page is current, another group open, the first sidebar unchanged.
    expect(outline(buildSidebar(site, 'it', '/it/blog/post/'))).toEqual(['Home /it/', '[Documentazione]', '  Documentazione /it/docs/', '  Zeta (it) /it/docs/zeta/', '  Alpha guide /it/docs/alpha/', '[Blog] open', '  A post /it/blog/post/ *'])
    expect(outline(it)).toContain('  Zeta (it) /it/docs/zeta/ *')
  })
})
