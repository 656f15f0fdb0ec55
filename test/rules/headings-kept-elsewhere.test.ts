import {describe, expect, it} from 'vitest'
import {checkFiles} from '../helpers.ts'

// Shapes of the OpenTelemetry website (opentelemetry.io, CC BY 4.0): content/{en,es,pt,ja}/status.md,
// whose “Kubernetes Operator” section es, pt and ja all head with the component's name, and
// content/{en,fr,zh}/docs/zero-code/java/agent/server-config.md (“Glassfish / Payara”, in Chinese
// “Glassfish、Payara”). A heading most other translations keep word for word is a name; an ordinary
// heading one translator left, or a phrase several left, is still untranslated.
const status = {
  'en/status.md': `# Status

OpenTelemetry is made up of several components, some language-specific and others language-agnostic.

## Kubernetes Operator

The OpenTelemetry Operator status is mixed, since it deploys components of differing statuses.

## Getting Started

Install the operator in your cluster and deploy your first collector with it.

## Images and other assets

Put the images of a page next to the page, in the same folder as its text.
`,
  'es/status.md': `# Estado

OpenTelemetry está compuesto por varios componentes, algunos específicos de un lenguaje y otros independientes del lenguaje.

## Kubernetes Operator

El estado del OpenTelemetry Operator es mixto, ya que despliega componentes con diferentes estados.

## Primeros pasos

Instala el operador en tu clúster y despliega con él tu primer collector.

## Images and other assets

Coloca las imágenes de una página junto a la página, en la misma carpeta que su texto.
`,
  'pt/status.md': `# Status

O OpenTelemetry é composto por vários componentes, alguns específicos de uma linguagem e outros independentes de linguagem.

## Kubernetes Operator

O status do OpenTelemetry Operator é misto, já que ele implanta componentes com status diferentes.

## Primeiros passos

Instale o operador no seu cluster e implante com ele o seu primeiro collector.

## Images and other assets

Coloque as imagens de uma página ao lado da página, na mesma pasta que o seu texto.
`,
  'ja/status.md': `# ステータス

OpenTelemetry はいくつかのコンポーネントで構成されており、言語固有のものと言語に依存しないものがあります。

## Kubernetes Operator

OpenTelemetry Operator のステータスは、異なるステータスのコンポーネントをデプロイするため、混合状態です。

## Getting Started

クラスターにオペレーターをインストールし、それを使って最初のコレクターをデプロイします。

## Images and other assets

ページの画像は、そのページの隣、テキストと同じフォルダーに置いてください。
`
}

const serverConfig = {
  'en/docs/server-config.md': '# Application server configuration\n\nThe agent runs inside every Java application server.\n\n## Glassfish / Payara\n\nAdd the path to the Java agent using the `asadmin` tool.\n',
  'fr/docs/server-config.md': "# Configuration des serveurs d'applications\n\nL'agent fonctionne dans chaque serveur d'applications Java.\n\n## Glassfish / Payara\n\nAjoutez le chemin vers l'agent Java en utilisant l'outil `asadmin`.\n"
}
const chinese = {'zh/docs/server-config.md': '# 应用服务器配置\n\n代理可以在每个 Java 应用服务器中运行。\n\n## Glassfish、Payara\n\n使用 `asadmin` 工具添加 Java 代理的路径。\n'}

async function headingFindings(files: Record<string, string>, locale: string): Promise<string[]> {
  const {report} = await checkFiles(files)
  return report.diagnostics.filter((diagnostic) => diagnostic.rule === 'untranslated-text' && diagnostic.locale === locale).map((diagnostic) => `${diagnostic.line} ${diagnostic.message}`)
}

describe('headings the other translations of the page keep', () => {
  it('are names when most of them keep the words; ordinary headings and phrases stay findings', async () => {
    expect(await headingFindings(status, 'ja')).toEqual([
      '9 Heading “Getting Started” is the source heading, untranslated',
      '13 Heading “Images and other assets” is the source heading, untranslated'
    ])
    // Alone, the Japanese page's “Kubernetes Operator” is a finding too: only the other translations make it a name.
    expect(await headingFindings({'en/status.md': status['en/status.md'], 'ja/status.md': status['ja/status.md']}, 'ja')).toEqual([
      '5 Heading “Kubernetes Operator” is the source heading, untranslated',
      '9 Heading “Getting Started” is the source heading, untranslated',
      '13 Heading “Images and other assets” is the source heading, untranslated'
    ])
  })

  it('compare the words, not the punctuation between them', async () => {
    expect(await headingFindings({...serverConfig, ...chinese}, 'fr')).toEqual([])
    // With no other translation to agree, the heading is a finding.
    expect(await headingFindings(serverConfig, 'fr')).toEqual(['5 Heading “Glassfish / Payara” is the source heading, untranslated'])
  })
})
