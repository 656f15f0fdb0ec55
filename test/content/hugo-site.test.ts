import {describe, expect, it} from 'vitest'
import {checkFiles} from '../helpers.ts'

// Pages shaped like the OpenTelemetry site's (content/<locale>/docs/…, shared Markdown in
// `_includes` folders pulled in with `{{% include %}}`), synthetic text.
// A site shortcode named after an include file renders it (`_includes/exporters/intro.md`).
const intro = '---\ntitle: Exporters\n---\n\n{{% docs/languages/exporters/intro %}}\n\nSee [setup](#collector-setup).\n\n## Dependencies {#otlp-dependencies}\n\nInstall the package.\n\n{{% include "exporters/jaeger.md" %}}\n'
const site = {
  // The English page is a leaf `php.md`; the Spanish translation chose the branch bundle `php/_index.md`.
  'en/docs/zero-code/php.md': '---\ntitle: PHP\n---\n\nSee [Jaeger](#jaeger), not [this](#nowhere).\n\n{{% include "exporters/jaeger.md" %}}\n',
  'es/docs/zero-code/php/_index.md': '---\ntitle: PHP\n---\n\nVer [Jaeger](#jaeger), no [esto](#nowhere).\n\n{{% include "exporters/jaeger.md" %}}\n',
  'en/docs/_includes/exporters/jaeger.md': '## Jaeger\n\nJaeger accepts OTLP. Set up the [dependencies](#otlp-dependencies).\n',
  'en/docs/_includes/exporters/intro.md': '### Collector Setup\n\nRun a collector.\n',
  'en/docs/languages/go/exporters.md': intro,
  'es/docs/languages/go/exporters.md': intro.replace('Install the package.', 'Instala el paquete.')
}

describe('Hugo page identity and includes', () => {
  it('pairs `php.md` with `php/_index.md`: one translated page, no orphan and no missing page', async () => {
    const {report} = await checkFiles(site)
    const pages = report.pages.filter((page) => page.page === 'docs/zero-code/php')
    expect(pages.map((page) => [page.locale, page.status, page.file])).toEqual([['es', 'translated', 'content/es/docs/zero-code/php/_index.md']])
    expect(report.diagnostics.filter((d) => d.page === 'docs/zero-code/php' && (d.rule === 'orphan-page' || d.rule === 'missing-page'))).toEqual([])
  })

  // `#otlp-dependencies` in jaeger.md is defined by the go page that includes it.
  it('counts the ids of included files as the page’s, and the including page’s ids in the included file', async () => {
    const {report} = await checkFiles(site)
    const broken = report.diagnostics.filter((d) => d.rule === 'broken-anchor').map((d) => `${d.file} ${d.message}`)
    expect(broken).toEqual([
      'content/en/docs/zero-code/php.md Fragment `#nowhere` matches no id on this page',
      'content/es/docs/zero-code/php/_index.md Fragment `#nowhere` matches no id on this page'
    ])
  })

  it('does not judge fragments into a page whose headings come from a template shortcode', async () => {
    const {report} = await checkFiles({
      'en/community.md': '---\ntitle: Community\n---\n\n{{% community-lists %}}\n\n## Ecosystem\n\nProjects.\n',
      'en/blog.md': '---\ntitle: Blog\n---\n\nAsk on [Slack](/community/#develop-and-contribute), see [x](/community/#ecosystem).\n',
      'en/guide.md': '---\ntitle: Guide\n---\n\nSee [y](/blog/#nowhere).\n'
    })
    expect(report.diagnostics.filter((d) => d.rule === 'broken-anchor').map((d) => `${d.file} ${d.message}`)).toEqual(['content/en/guide.md Fragment `#nowhere` matches no id on `/blog/`'])
  })
})

describe('front-matter weight', () => {
  it('is compared by the page’s place among the siblings both locales have, not by its number', async () => {
    const page = (title: string, weight: number) => `---\ntitle: ${title}\nweight: ${weight}\n---\n\nText.\n`
    const {report} = await checkFiles({
      'en/docs/agent.md': page('Agent', 200),
      'en/docs/gateway.md': page('Gateway', 300),
      'en/docs/choose.md': page('Choose', 100),
      'es/docs/agent.md': page('Agente', 3),
      'es/docs/gateway.md': page('Pasarela', 2),
      'es/docs/choose.md': page('Elegir', 1)
    })
    // Choose stays first on another scale; agent and gateway swapped places.
    expect(report.diagnostics.filter((d) => d.rule === 'frontmatter-mismatch').map((d) => `${d.file} ${d.message}`)).toEqual([
      'content/es/docs/agent.md Front matter `weight` is 3, the source has 200',
      'content/es/docs/gateway.md Front matter `weight` is 2, the source has 300'
    ])
  })
})
