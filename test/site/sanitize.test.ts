import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {toHast} from 'mdast-util-to-hast'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parsePage, validateConfig} from '../../src/engine/index.ts'
import type {Site} from '../../src/starlight/load-site.ts'
import {rehypeSanitizeContent} from '../../src/starlight/rehype-sanitize-content.ts'

describe('sanitize: true', () => {
  it('removes scripts and handlers from raw HTML, keeping aligned ids, classes and lang', () => {
    const markdown = '<section class="fallback" lang="en"><h2 id="ssh-tunnels">SSH</h2></section>\n\n<img src="x.png" onerror="alert(1)">\n\n<script>alert(1)</script>\n\n[x](https://example.com)\n'
    const tree = parsePage(Buffer.from(markdown), {path: 'page.md', mdx: false, config: validateConfig({})}).tree!
    const hast = toHast(tree, {allowDangerousHtml: true}) as Root
    const site = {byFile: (file: string) => (file === '/c/it/page.md' ? {} : undefined)} as unknown as Site
    rehypeSanitizeContent({site})(hast, new VFile({path: '/c/it/page.md'}))
    const html = toHtml(hast)
    expect(html).toContain('<section class="fallback" lang="en"><h2 id="ssh-tunnels">SSH</h2></section>')
    expect(html).toContain('<img src="x.png">')
    expect(html).not.toContain('alert')
    expect(html).toContain('<a href="https://example.com">x</a>')
  })

  it('leaves files that are not content pages alone', () => {
    const hast: Root = {type: 'root', children: [{type: 'raw', value: '<script>ok()</script>'}]}
    rehypeSanitizeContent({site: {byFile: () => undefined} as unknown as Site})(hast, new VFile({path: '/elsewhere.md'}))
    expect(hast.children).toHaveLength(1)
  })
})
