import {describe, expect, it} from 'vitest'
import {checkFiles} from '../helpers.ts'

// Shapes of the OpenTelemetry website's Japanese pages (opentelemetry.io, CC BY 4.0):
// content/ja/docs/collector/management.md (“その他の情報”), content/ja/blog/2026/kubecon-eu.md (talk
// listings), content/ja/docs/contributing/_index.md (GitHub label links),
// content/ja/docs/languages/java/configuration.md (“text map propagator”). Names, titles and
// speakers are kept as published; the prose around them is translated.
// Kept as published in every language: the talks' titles, speakers and times.
const talks = `- **[Building Bridges: How the OTel End User SIG Helps Foster Community](https://maintainersummiteu2026.sched.com/event/2EWem/building-bridges)**<br>by
  Adriana Villela, Dynatrace; Josh Lee, Altinity; Reese Lee, New Relic<br>
  Sunday March 22, 2026 11:35 - 12:10GMT
- **[OpenTelemetry Gateways: Enforce, Transform, Route](https://colocatedeventseu2026.sched.com/event/2DY7t/opentelemetry-gateways)**<br>by
  Juraci Paixão Kröhling, OllyGarden; Natalie Ujuk, IG Group<br> Monday March
  23, 2026 15:55 - 16:20CET
`

const files = {
  'en/blog/2023/opamp-status.md': '# OpAMP status\n\nThe state of the Open Agent Management Protocol in 2023.\n',
  'en/docs/collector/quick-start.md': '# Quick start\n\nStart a collector in a few minutes.\n',
  'ja/docs/collector/quick-start.md': '# クイックスタート\n\n数分でコレクターを起動します。\n',
  'en/docs/collector/management.md': `# Management

This page explains how to manage a fleet of collectors with the agent management protocol.

## Other information

- Blog posts
  - [Open Agent Management Protocol (OpAMP) State of the Nation 2023](/blog/2023/opamp-status/)
  - [Using OpenTelemetry OpAMP to modify service telemetry on the go](/blog/2023/opamp-status/)
- YouTube videos
  - [Smooth Scaling With the OpAMP Supervisor: Managing Thousands of OpenTelemetry Collectors](https://www.youtube.com/watch?v=g8rtqqNTL9Q)
  - [Remote Control for Observability Using the Open Agent Management Protocol](https://www.youtube.com/watch?v=t550FzDi054)

## Talks

Maintainers speak at the conference; come and say hello after the talks.

${talks}
## Find an issue

- Look for issues labelled [Good first issue](<https://github.com/open-telemetry/opentelemetry.io/issues?q=is%3Aopen+label%3A%22good%20first%20issue%22>)
  or [Help wanted](<https://github.com/open-telemetry/opentelemetry.io/issues?q=is%3Aopen+label%3A%22help+wanted%22>).
- Known propagators and artifacts (see [text map propagator](../sdk/#textmappropagator) for artifact coordinates).
- [OTel Collector quick start](/docs/collector/quick-start/)
`,
  'ja/docs/collector/management.md': `# 管理

このページでは、エージェント管理プロトコルを使ってコレクターの群を管理する方法を説明します。

## その他の情報

- ブログ記事
  - [Open Agent Management Protocol (OpAMP) State of the Nation 2023](/blog/2023/opamp-status/)
  - [Using OpenTelemetry OpAMP to modify service telemetry on the go](/blog/2023/opamp-status/)
- YouTube動画
  - [Smooth Scaling With the OpAMP Supervisor: Managing Thousands of OpenTelemetry Collectors](https://www.youtube.com/watch?v=g8rtqqNTL9Q)
  - [Remote Control for Observability Using the Open Agent Management Protocol](https://www.youtube.com/watch?v=t550FzDi054)

## トーク

メンテナーがカンファレンスで講演します。トークの後にぜひ声をかけてください。

${talks}
## イシューを探す

- 次のラベルが付いたイシューを探してください。
  - [Good first issue](<{{% param _issue %}}%22good+first+issue%22>)
  - [Help wanted](<{{% param _issue %}}%3A%22help+wanted%22>)
- 既知のプロパゲーターとアーティファクト（アーティファクト座標については[text map propagator](../sdk/#textmappropagator)を参照）。
- [OTel Collector quick start](/docs/collector/quick-start/)
`
}

describe('titles, names and labels kept as published', () => {
  it('leaves out titles of external links and of pages the locale lacks, the speakers and dates listed with them, label and API names', async () => {
    const {report} = await checkFiles(files)
    const found = report.diagnostics
      .filter((diagnostic) => diagnostic.file.endsWith('ja/docs/collector/management.md') && diagnostic.rule.startsWith('untranslated-'))
      .map((diagnostic) => `${diagnostic.line} ${diagnostic.rule} ${diagnostic.message}`)
    // A link to a page Japanese has (titled クイックスタート) keeps a leftover to translate
    // (content/ja/blog/2023/k8s-runtime-observability/index.md).
    expect(found).toEqual(['31 untranslated-text Link text “OTel Collector quick start” is still in the source language'])
  })
})

// Shape of the CNCF Glossary's Italian pages (glossary.cncf.io, CC BY 4.0): the glossary term a
// link names is the title of the linked entry in Italian too, so the English term is the Italian
// name for it; a term whose entry Italian titles otherwise is a leftover.
describe('link texts the linked page of the locale is titled with', () => {
  it('are the locale’s names for them', async () => {
    const {report} = await checkFiles({
      'en/site-reliability-engineering.md': '---\ntitle: Site Reliability Engineering\n---\n\nSite reliability engineering is a set of principles and practices.\n',
      'it/site-reliability-engineering.md': '---\ntitle: Site Reliability Engineering\n---\n\nLa site reliability engineering è un insieme di principi e pratiche.\n',
      'en/infrastructure-as-code.md': '---\ntitle: Infrastructure as Code\n---\n\nInfrastructure as code stores the definition of infrastructure in files.\n',
      'it/infrastructure-as-code.md': '---\ntitle: Infrastruttura come codice\n---\n\nL’infrastruttura come codice conserva la definizione dell’infrastruttura in file.\n',
      'en/security-chaos-engineering.md':
        '---\ntitle: Security Chaos Engineering\n---\n\nThe top priority for [site reliability engineers](/site-reliability-engineering/) (SRE) and security engineers is to restore services quickly.\n\nEvery experiment runs on servers defined as [infrastructure as code](/infrastructure-as-code/) that the team reviews before it deploys them.\n',
      'it/security-chaos-engineering.md':
        '---\ntitle: Security Chaos Engineering\n---\n\nLa priorità principale per i [site reliability engineers](/it/site-reliability-engineering/) (SRE) e gli ingegneri della sicurezza informatica è ripristinare rapidamente i servizi.\n\nOgni esperimento gira su server definiti come [infrastructure as code](/it/infrastructure-as-code/) che il gruppo rivede prima di distribuirli.\n'
    })
    const found = report.diagnostics.filter((diagnostic) => diagnostic.rule === 'untranslated-text' && diagnostic.locale === 'it').map((diagnostic) => `${diagnostic.line} ${diagnostic.message}`)
    expect(found).toEqual(['7 Link text “infrastructure as code” is still in the source language'])
  })
})

// Shape of the OpenTelemetry website's content/ja/blog/2022/k8s-metadata/index.md (opentelemetry.io,
// CC BY 4.0): a references list whose one internal link goes to a semantic-conventions page the
// site mounts from the specification, in English only, outside the content folder. A list item that
// is only a link to a page neither locale has cites it by its title as published.
describe('list items that are only a link to a page neither the locale nor the source has', () => {
  it('are titles kept as published; a page the locale has keeps its leftover', async () => {
    const {report} = await checkFiles({
      'en/docs/collector/quick-start.md': '# Quick start\n\nStart a collector in a few minutes.\n',
      'ja/docs/collector/quick-start.md': '# クイックスタート\n\n数分でコレクターを起動します。\n',
      'en/blog/k8s-metadata.md':
        '# Kubernetes metadata\n\nAdd the metadata of Kubernetes resources to your traces.\n\n## References\n\n- [K8sattributes processor documentation](https://pkg.go.dev/github.com/open-telemetry/opentelemetry-collector-contrib/processor/k8sattributesprocessor)\n- [OpenTelemetry Kubernetes attributes](/docs/specs/semconv/resource/k8s)\n- [OTel Collector quick start](/docs/collector/quick-start/)\n',
      'ja/blog/k8s-metadata.md':
        '# Kubernetes のメタデータ\n\nKubernetes リソースのメタデータをトレースに付与します。\n\n## 参考文献\n\n- [K8sattributes processor documentation](https://pkg.go.dev/github.com/open-telemetry/opentelemetry-collector-contrib/processor/k8sattributesprocessor)\n- [OpenTelemetry Kubernetes attributes](/docs/specs/semconv/resource/k8s)\n- [OTel Collector quick start](/docs/collector/quick-start/)\n'
    })
    const found = report.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('untranslated-') && diagnostic.locale === 'ja').map((diagnostic) => `${diagnostic.line} ${diagnostic.message}`)
    expect(found).toEqual(['9 Link text “OTel Collector quick start” is still in the source language'])
  })
})
