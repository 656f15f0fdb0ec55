import type {RootContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {parsePage, validateConfig} from '../../src/engine/index.ts'
import {entryId, pageHref, pageRoute} from '../../src/starlight/page-route.ts'
import {splitTabs} from '../../src/starlight/content-tabs.ts'
import {isSafeUrl} from '../../src/starlight/safe-url.ts'
import {toStarlightParts, type PartsContext} from '../../src/starlight/to-starlight-parts.ts'

const config = validateConfig({})

/** Parse a page as the site does and render its parts as Starlight would get them. */
function render(markdown: string, options: {locale?: string; includes?: Record<string, string>} = {}) {
  const unknown: string[] = []
  const unsafe: string[] = []
  const context: PartsContext = {
    locale: options.locale ?? 'en',
    config,
    href: (url) => url,
    onUnknown: (name) => unknown.push(name),
    onUnsafe: (url) => unsafe.push(url),
    include: (name) => {
      const text = options.includes?.[name]
      return text === undefined ? undefined : (parsePage(Buffer.from(text), {path: name, mdx: false, config}).tree!.children as RootContent[])
    }
  }
  const tree = parsePage(Buffer.from(markdown), {path: 'page.md', mdx: false, config, directives: true}).tree!
  const nodes = toStarlightParts(structuredClone(tree.children), context)
  return {html: toHtml(toHast({type: 'root', children: nodes}, {allowDangerousHtml: true})), unknown, unsafe}
}

describe('Kubernetes shortcodes as Starlight parts', () => {
  it('renders note, caution and warning as Starlight asides labelled in the page’s locale', () => {
    const {html} = render('{{< note >}}\nRead this.\n{{< /note >}}\n\n{{< warning >}}\nCareful.\n{{< /warning >}}\n', {locale: 'it'})
    expect(html).toContain('<aside class="starlight-aside starlight-aside--note" aria-label="Nota"><p class="starlight-aside__title" aria-hidden="true">Nota</p><div class="starlight-aside__content"><p>Read this.</p></div></aside>')
    expect(html).toContain('class="starlight-aside starlight-aside--danger" aria-label="Avviso"')
  })

  it('renders the rendered “#### Note:” form as the same aside', () => {
    expect(render('#### Note:\n\nRead this.\n').html).toContain('starlight-aside--note')
  })

  it('renders feature-state as a badge and glossary_tooltip as a link with its tooltip', () => {
    const {html} = render('{{< feature-state for_k8s_version="v1.18" state="beta" >}}\n\nA {{< glossary_tooltip text="Pod" term_id="pod" >}} runs.\n')
    expect(html).toContain('<span class="lockstep-badge lockstep-badge-beta">Kubernetes v1.18 [beta]</span>')
    expect(html).toContain('<a href="https://kubernetes.io/docs/reference/glossary/?all=true#term-pod" title="Glossary: pod" class="glossary">Pod</a>')
  })

  it('renders Kubernetes’ tabs as a tab set for Starlight’s Tabs, one panel per tab, and youtube as a link', () => {
    const {html} = render('{{< tabs name="install" >}}\n{{% tab name="Linux" %}}\nUse apt.\n{{% /tab %}}\n{{% tab name="macOS" %}}\nUse brew.\n{{% /tab %}}\n{{< /tabs >}}\n\n{{< youtube id="abc" >}}\n')
    expect(splitTabs(html)).toEqual([{tabs: [{label: 'Linux', html: '<p>Use apt.</p>'}, {label: 'macOS', html: '<p>Use brew.</p>'}]}, {html: '\n<p class="video"><a href="https://www.youtube.com/watch?v=abc">▶ Video</a></p>'}])
  })

  it('renders Docsy’s tabpane with plain-text labels, leaves out disabled tabs and keeps Docsy’s persistence as a sync key', () => {
    const page = '{{< tabpane text=true >}}\n{{< tab header="**Pick**:" disabled=true />}}\n{{% tab header="Maven (`pom.xml`)" lang=Maven %}}\nAdd the *dependency* & build.\n{{% /tab %}}\n{{% tab "Gradle" %}}\nAdd it.\n{{% /tab %}}\n{{< /tabpane >}}\n'
    const [set] = splitTabs(render(page).html)
    expect(set).toEqual({syncKey: 'docsy-header', tabs: [{label: 'Maven (pom.xml)', html: '<p>Add the <em>dependency</em> &#x26; build.</p>'}, {label: 'Gradle', html: '<p>Add it.</p>'}]})
    expect(splitTabs(render(page.replace('text=true', 'text=true persist=lang')).html)[0]).toMatchObject({syncKey: 'docsy-lang'})
    expect(splitTabs(render(page.replace('text=true', 'text=true persist=disabled')).html)[0]).not.toHaveProperty('syncKey')
  })

  it('shows a Docsy tab without text=true as code in its language, as Docsy does', () => {
    const [set] = splitTabs(render('{{< tabpane lang=shell >}}\n{{< tab "Linux" >}}\napt install lockstep\n{{< /tab >}}\n{{< /tabpane >}}\n').html)
    expect(set).toEqual({syncKey: 'docsy-header', tabs: [{label: 'Linux', html: '<pre><code class="language-shell">apt install lockstep\n</code></pre>'}]})
  })

  it('renders include as the included file’s content, and a loop once', () => {
    const {html, unknown} = render('{{< include "prereqs.md" >}}\n', {includes: {'prereqs.md': 'You need a **cluster**.\n\n{{< include "prereqs.md" >}}\n'}})
    expect(html).toContain('<p>You need a <strong>cluster</strong>.</p>')
    expect(html.match(/cluster/g)).toHaveLength(1)
    expect(unknown).toEqual(['include'])
  })

  it('shows an unknown shortcode visibly, named, and reports it', () => {
    const {html, unknown} = render('{{< mystery arg="<b>x</b>" >}}\n')
    expect(html).toContain('data-shortcode="mystery"')
    expect(html).toContain('&#x3C;b>x&#x3C;/b>')
    expect(unknown).toEqual(['mystery'])
  })
})

describe('links', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html;base64,PGI+'])('renders %j inert and reports it', (url) => {
    const {html, unsafe} = render(`[click](${url.includes(' ') || url.includes('<') ? `<${url}>` : url.replace('\t', '&#9;')})\n`)
    expect(html).not.toMatch(/<a /)
    expect(html).toContain('<span class="inert-link"')
    expect(unsafe).toHaveLength(1)
  })

  it.each(['https://example.com/', 'http://x', 'mailto:a@b.c', '/docs/x/', '../x/', 'x.md', '#id', '?q=1'])('publishes %j', (url) => {
    expect(isSafeUrl(url)).toBe(true)
    expect(render(`[x](${url})\n`).html).toContain('<a href=')
  })
})

describe('splitTabs', () => {
  it('cuts HTML at its top-level tab sets, keeps nested sets inside their panel, and leaves an unclosed set as it was', () => {
    const label = encodeURIComponent('a "b" & <c>')
    const html = `<p>Before</p><lockstep-tabs><lockstep-tab data-label="${label}"><p>A</p><lockstep-tabs><lockstep-tab data-label="x">X</lockstep-tab></lockstep-tabs></lockstep-tab><lockstep-tab data-label="two">B</lockstep-tab></lockstep-tabs><p>After</p>`
    expect(splitTabs(html)).toEqual([
      {html: '<p>Before</p>'},
      {tabs: [{label: 'a "b" & <c>', html: '<p>A</p><lockstep-tabs><lockstep-tab data-label="x">X</lockstep-tab></lockstep-tabs>'}, {label: 'two', html: 'B'}]},
      {html: '<p>After</p>'}
    ])
    expect(splitTabs('<p>No tabs</p>')).toEqual([{html: '<p>No tabs</p>'}])
    expect(splitTabs('<p>x</p><lockstep-tabs><lockstep-tab data-label="a">A')).toEqual([{html: '<p>x</p>'}, {html: '<lockstep-tabs><lockstep-tab data-label="a">A'}])
  })
})

describe('directives', () => {
  it('keeps Starlight’s :::note for its asides and gives prose like ratio:high back as text', () => {
    const tree = parsePage(Buffer.from(':::note\nRead this.\n:::\n\nThe ratio:high setting, and ::leaf here.\n'), {path: 'page.md', mdx: false, config, directives: true}).tree!
    expect(tree.children[0]!.type).toBe('containerDirective')
    expect(render('The ratio:high setting.\n').html).toBe('<p>The ratio:high setting.</p>')
  })
})

describe('routes', () => {
  it('publishes _index as its folder and keeps other _-files out', () => {
    expect(pageRoute('docs/setup/_index')).toBe('docs/setup')
    expect(pageRoute('_index')).toBe('')
    expect(pageRoute('docs/_TEMPLATE')).toBeUndefined()
    expect(pageHref('en', 'en', 'docs/setup/_index')).toBe('/docs/setup/')
    expect(pageHref('en', 'it', '_index')).toBe('/it/')
    expect(entryId('en', 'en', '_index')).toBe('index')
    expect(entryId('en', 'zh-cn', 'docs/x')).toBe('zh-cn/docs/x')
  })
})
