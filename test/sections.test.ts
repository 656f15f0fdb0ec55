import {describe, expect, it} from 'vitest'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {summarizePage} from '../src/engine/sections/summarize-page.ts'
import type {PageSummary} from '../src/engine/sections/types.ts'
import {checkFiles} from './helpers.ts'

const config = validateConfig({siteUrls: ['https://kubernetes.io']})
const summarize = (value: string, file = 'content/en/docs/page.md'): PageSummary =>
  summarizePage(Buffer.from(value), {file, locale: 'en', page: 'docs/page', locales: new Set(['en', 'es', 'zh-cn'])}, config)
const headings = (summary: PageSummary) => summary.sections.slice(1).map((section) => [section.level, section.title, section.id])

describe('pages into sections', () => {
  it('takes the title from YAML front matter', () => {
    const summary = summarize('---\ntitle: Guide\nweight: 20\n---\n\nIntro.\n\n## Install\n\nText.\n')
    expect(summary.title).toBe('Guide')
    expect(summary.frontmatter).toEqual({title: 'Guide', weight: 20})
    expect(summary.frontmatterLines).toEqual({title: 2, weight: 3})
    expect(headings(summary)).toEqual([[2, 'Install', 'install']])
  })

  it('reads TOML front matter', () => {
    const summary = summarize('+++\ntitle = "Guía"\nweight = 3\n+++\n\n## Instalar\n')
    expect(summary.title).toBe('Guía')
    expect(summary.frontmatter).toEqual({title: 'Guía', weight: 3})
  })

  it('takes a leading H1 as the title when there is no front matter, not as a section', () => {
    const summary = summarize('# Communication\n\nIntro.\n\n## Node to Control Plane\n')
    expect(summary.title).toBe('Communication')
    expect(summary.sections[0]!.level).toBe(0)
    expect(headings(summary)).toEqual([[2, 'Node to Control Plane', 'node-to-control-plane']])
  })

  it('keeps an explicit {#id} as the id and the slug as an alias', () => {
    const summary = summarize('# T\n\n### Túneles SSH {#ssh-tunnels}\n\nText.\n')
    expect(summary.sections[1]).toMatchObject({title: 'Túneles SSH', id: 'ssh-tunnels', explicitId: 'ssh-tunnels', slug: 'túneles-ssh'})
    expect(summary.anchors).toEqual(['ssh-tunnels', 'túneles-ssh'])
  })

  it('does not take headings in code fences for headings', () => {
    const summary = summarize('# T\n\n```md\n## Not a heading\n```\n\n## Real\n')
    expect(headings(summary)).toEqual([[2, 'Real', 'real']])
  })

  it('keeps the source heading a translator left in a comment', () => {
    const summary = summarize('# T\n\n<!--\n## Design\n-->\n## 设计\n\nText.\n')
    expect(summary.sections[1]).toMatchObject({title: '设计', original: 'Design'})
  })

  it('makes heading shortcodes headings', () => {
    const summary = summarize('# T\n\n## {{% heading "whatsnext" %}}\n\n* a\n\n{{% whatsnext-heading %}}\n\n* b\n')
    expect(summary.sections.slice(1).map((section) => [section.level, section.headingKey, section.title])).toEqual([
      [2, 'whatsnext', "What's next"],
      [2, 'whatsnext', "What's next"]
    ])
  })

  it('reads rendered callouts and feature states as the shortcodes they are', () => {
    const rendered = summarize('# T\n\n## A\n\n#### Note:\n\nTunnels are deprecated.\n\n**FEATURE STATE:** `Kubernetes v1.18 [beta]`\n')
    const source = summarize('# T\n\n## A\n\n{{< note >}}\nTunnels are deprecated.\n{{< /note >}}\n\n{{< feature-state for_k8s_version="v1.18" state="beta" >}}\n')
    expect(rendered.sections[1]!.signature.shortcodes).toEqual(['note', 'feature-state for_k8s_version=v1.18 state=beta'])
    expect(source.sections[1]!.signature.shortcodes).toEqual(rendered.sections[1]!.signature.shortcodes)
    // The callout heading is not a section.
    expect(rendered.sections).toHaveLength(2)
  })

  it('parses MDX components as nodes', () => {
    const summary = summarize('---\ntitle: Guide\n---\n\nimport {Aside} from "@astrojs/starlight/components"\n\n## Use\n\n<Aside type="caution">Careful.</Aside>\n', 'content/en/docs/page.mdx')
    expect(summary.problems).toEqual([])
    expect(summary.sections[1]!.signature.shortcodes).toEqual(['Aside type=caution'])
  })

  it('reports invalid MDX with its line and keeps going', () => {
    const summary = summarize('---\ntitle: Guide\n---\n\n## Use\n\n<Aside type="caution">Careful.\n', 'content/en/docs/page.mdx')
    expect(summary.failed).toBe(true)
    expect(summary.problems[0]).toMatchObject({ruleId: 'parse-error', line: 7})
  })

  it('normalises link targets: own host, locale prefix, trailing slash, same page', () => {
    const summary = summarize('# T\n\n[a](https://kubernetes.io/docs/x) [b](/zh-cn/docs/x/) [c](https://kubernetes.io/docs/page/#frag) [d](https://example.com/y/)\n')
    expect(summary.sections[0]!.signature.links).toEqual(['/docs/x/', '/docs/x/', '#frag', 'https://example.com/y'])
  })

  it('measures size in the script’s own units', () => {
    const english = summarize('# T\n\nOne two three four.\n')
    const chinese = summarize('# T\n\n一二三四五六七八\n')
    expect(english.sections[0]!.signature.size).toBe(4)
    expect(chinese.sections[0]!.signature.size).toBe(4)
  })
})

// Slugs, scripts and directions differ by locale: the same page structure aligns in each.
describe.each([
  ['es', 'Instalación', 'Configuración'],
  ['ru', 'Установка', 'Настройка'],
  ['zh-cn', '安装', '配置'],
  ['ja', 'インストール', '設定'],
  ['ar', 'التثبيت', 'الإعداد']
])('%s', (locale, install, configure) => {
  const en = '---\ntitle: Guide\n---\n\nIntro with [docs](/docs/).\n\n## Install\n\nRun `npm install lockstep` (version 2.1).\n\n## Configure\n\nEdit `lockstep.config.json`, see [options](/docs/options/).\n'
  const translated = `---\ntitle: T\n---\n\nIntro [docs](/${locale}/docs/).\n\n## ${install}\n\n\`npm install lockstep\` (2.1).\n\n## ${configure}\n\n\`lockstep.config.json\` [options](/${locale}/docs/options/).\n`

  it('aligns every section and slugs headings in its own script', async () => {
    const {report} = await checkFiles({'en/guide.md': en, [`${locale}/guide.md`]: translated})
    const page = report.pages[0]!
    expect(page.sections.map((section) => [section.title, section.source?.title, section.id])).toEqual([
      [install, 'Install', 'install'],
      [configure, 'Configure', 'configure']
    ])
    expect(page.missing).toEqual([])
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'link-target')).toEqual([])
  })
})

describe('heading attribute lists', () => {
  it('reads ids, classes and attributes, and marks headings kept in the source language', () => {
    const summary = summarize('# T\n\n## WARNINGS in build log? {.notranslate lang=en}\n\n## Túneles {#ssh-tunnels .wide}\n')
    expect(summary.sections.slice(1).map((section) => [section.title, section.id, section.keepLanguage])).toEqual([
      ['WARNINGS in build log?', 'warnings-in-build-log', 'en'],
      ['Túneles', 'ssh-tunnels', undefined]
    ])
  })
})
