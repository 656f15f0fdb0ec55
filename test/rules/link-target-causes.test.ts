import {describe, expect, it} from 'vitest'
import {htmlLinks} from '../../src/engine/sections/html-links.ts'
import {checkFiles} from '../helpers.ts'

/** The link-target findings of a checked tree, as `file line message`. */
async function linkTargets(files: Record<string, string>): Promise<string[]> {
  const {report} = await checkFiles(files)
  return report.diagnostics.filter((diagnostic) => diagnostic.rule === 'link-target').map((diagnostic) => `${diagnostic.file.replace(/^content\//, '')} ${diagnostic.line} ${diagnostic.message}`)
}

describe('links written as raw HTML', () => {
  it('are read from `<a href>` by an HTML parser, whatever else the tag holds', () => {
    // OpenTelemetry's home page (CC BY 4.0, github.com/open-telemetry/opentelemetry.io): a template call among the attributes.
    const html = '<div class="td-cta-buttons my-5">\n  <a {{% _param btn-lg primary %}} href="docs/what-is-opentelemetry/">\n    Learn More\n  </a>\n  <A HREF=\'docs/demo/\'>Try the demo</A>\n</div>'
    expect(htmlLinks(html, {line: 10, column: 1})).toEqual([
      {url: 'docs/what-is-opentelemetry/', text: 'Learn More', line: 11, column: 3},
      {url: 'docs/demo/', text: 'Try the demo', line: 14, column: 3}
    ])
    expect(htmlLinks('<!-- <a href="/old/">old</a> -->', {line: 1, column: 1})).toEqual([])
    expect(htmlLinks('<div class="l-primary-buttons mt-5">', {line: 1, column: 1})).toEqual([])
  })

  it('count as the source section’s links, so a translation that writes them in Markdown matches', async () => {
    const source = '---\ntitle: Home\n---\n\n<div class="buttons">\n  <a class="btn" href="docs/what-is-opentelemetry/">\n    Learn More\n  </a>\n</div>\n'
    const translation = '---\ntitle: হোম\n---\n\n- [আরও জানুন](docs/what-is-opentelemetry/)\n- [ডেমো](docs/demo/)\n'
    expect(await linkTargets({'en/_index.md': source, 'bn/_index.md': translation})).toEqual(['bn/_index.md 6 Link to `/docs/demo/` is not in the source section the introduction'])
  })
})

describe('a fragment the translation drops', () => {
  // Starlight's docs (MIT, github.com/withastro/starlight): the Korean page links the plugins page without `#plugins`.
  const files = (link: string) => ({
    'en/guide.md': '# Guide\n\nSee [the plugins](/resources/plugins/#plugins).\n',
    'en/resources/plugins.md': '# Resources\n\n## Plugins\n\nSome plugins.\n',
    'ko/guide.md': `# 가이드\n\n[플러그인](${link})을 참조하세요.\n`,
    'ko/resources/plugins.md': '# 리소스\n\n## 플러그인\n\n플러그인 몇 가지.\n'
  })

  it('is a fix when the page the link opens has no such id (the translated heading’s slug differs)', async () => {
    expect(await linkTargets(files('/ko/resources/plugins/'))).toEqual([])
  })

  it('is reported when the page the link opens has the id', async () => {
    // Without a locale prefix the link opens the English page, which has `#plugins`.
    expect(await linkTargets(files('/resources/plugins/'))).toEqual(['ko/guide.md 3 Link points to `/resources/plugins/`; the source links to `/resources/plugins/#plugins` here'])
  })
})

describe('a source link to a page’s Markdown file in a repository', () => {
  // The CNCF glossary (CC BY 4.0, github.com/cncf/glossary): English `cloud-computing.md` links a
  // fork's copy of `scalability.md`; the translations link the glossary's own page.
  const source = '---\ntitle: Cloud Computing\n---\n\nIt [scales](https://github.com/ronitblenz/glossary/blob/cloud_computing/content/en/scalability.md) on demand.\n'

  it('names the same page as the site’s link to that page', async () => {
    expect(await linkTargets({'en/cloud-computing.md': source, 'ru/cloud-computing.md': '---\ntitle: Облачные вычисления\n---\n\nОни [масштабируются](/scalability/) по запросу.\n'})).toEqual([])
  })

  it('is still different from a link to another page', async () => {
    expect(await linkTargets({'en/cloud-computing.md': source, 'ru/cloud-computing.md': '---\ntitle: Облачные вычисления\n---\n\nОни [масштабируются](/elasticity/) по запросу.\n'})).toEqual([
      'ru/cloud-computing.md 5 Link points to `/elasticity/`; the source links to `https://github.com/ronitblenz/glossary/blob/cloud_computing/content/scalability.md` here'
    ])
  })
})
