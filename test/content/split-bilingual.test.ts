import {describe, expect, it} from 'vitest'
import {splitBilingual} from '../../src/engine/content/split-bilingual.ts'

const fence = (body: string, info = '') => `\`\`\`${info}\n${body}\n\`\`\``

const english = [
  '# Installing the collector',
  '',
  'The collector receives telemetry from your services and exports it to one or more backends.',
  '',
  fence('curl -sSL https://example.com/install.sh | bash', 'bash'),
  '',
  '## Configuration',
  '',
  'Each pipeline is a list of receivers, processors and exporters that the collector runs in order.',
  ''
].join('\n')

const japanese1 = '# コレクターのインストール\n\nコレクターは、サービスからテレメトリーを受信し、1つ以上のバックエンドにエクスポートします。'
const japanese2 = '## 設定\n\n各パイプラインは、コレクターが順番に実行するレシーバー、プロセッサー、エクスポーターのリストです。'

// The English page with each Japanese passage fenced right after the English it translates.
const bilingual = [
  '# Installing the collector',
  '',
  'The collector receives telemetry from your services and exports it to one or more backends.',
  '',
  fence(japanese1),
  '',
  fence('curl -sSL https://example.com/install.sh | bash', 'bash'),
  '',
  '## Configuration',
  '',
  'Each pipeline is a list of receivers, processors and exporters that the collector runs in order.',
  '',
  fence(japanese2),
  ''
].join('\n')

describe('splitBilingual', () => {
  it('moves the Japanese fences out and leaves every other byte', () => {
    const split = splitBilingual(bilingual, {source: 'en'})
    expect(split.source).toBe(english)
    expect(split.translations).toEqual([{language: 'ja', markdown: `${japanese1}\n\n${japanese2}\n`, fences: 2}])
  })

  it('keeps labelled fences, English fences and shell output', () => {
    const page = [
      'Intro.',
      '',
      fence('控制平面组件也通过安全端口与 API 服务器通信。因此连接默认是安全的。', 'text'),
      '',
      fence('NAME      READY   STATUS    RESTARTS   AGE\nnginx     1/1     Running   0          5s'),
      '',
      fence('The control plane components also communicate with the API server over the secure port.'),
      '',
      fence('$ kubectl get pods\nkind: Pod\nmetadata:\n  name: 服务器'),
      ''
    ].join('\n')
    expect(splitBilingual(page, {source: 'en'})).toEqual({source: page, translations: []})
  })

  it('is the identity on a page without translations', () => {
    expect(splitBilingual(english, {source: 'en-US'})).toEqual({source: english, translations: []})
  })

  it('leaves a fence in the page language, whatever the page language is', () => {
    const page = `Introducción.\n\n${fence('Las conexiones del apiserver al kubelet se utilizan para recoger registros de pods.')}\n`
    expect(splitBilingual(page, {source: 'es'}).translations).toEqual([])
    expect(splitBilingual(page, {source: 'en'}).translations).toEqual([
      {language: 'es', markdown: 'Las conexiones del apiserver al kubelet se utilizan para recoger registros de pods.\n', fences: 1}
    ])
  })

  it('drops the blank lines before a fence that ends the page, whatever follows the fence', () => {
    for (const tail of ['', '\n', '\n\n\n']) {
      const page = `Text.\n\n${fence('这是中文翻译的一段文字，用来测试页面末尾的处理方式。')}${tail}`
      expect(splitBilingual(page, {source: 'en'}).source).toBe('Text.\n')
    }
  })

  it('keeps front matter, tildes fences and extra blank lines that were not the fence’s', () => {
    const page = `---\ntitle: Test\n---\n\nText.\n\n\n~~~\n这是中文翻译的一段文字，用来测试波浪线围栏的处理方式。\n~~~\n\nMore.\n`
    expect(splitBilingual(page, {source: 'en'}).source).toBe('---\ntitle: Test\n---\n\nText.\n\n\nMore.\n')
  })

  // The opening of the seed page 001 (kubernetes.io, CC BY 4.0), links shortened.
  it('splits an excerpt of the English seed page', () => {
    const seed = [
      '# Communication between Nodes and the Control Plane',
      '',
      'This document catalogs the communication paths between the [API server](https://kubernetes.io/docs/concepts/architecture/#kube-apiserver) and the Kubernetes [cluster](https://kubernetes.io/docs/reference/glossary/?all=true#term-cluster).',
      '',
      '```',
      '本文档列出了 API 服务器和 Kubernetes 集群之间的通信路径。',
      '```',
      '',
      '## Node to Control Plane',
      '',
      'Kubernetes has a "hub-and-spoke" API pattern.',
      '',
      '```',
      '## 节点到控制平面',
      '',
      'Kubernetes 采用“中心辐射型” API 模式。',
      '```',
      ''
    ].join('\n')
    const split = splitBilingual(seed, {source: 'en'})
    expect(split.source).toBe(
      [
        '# Communication between Nodes and the Control Plane',
        '',
        'This document catalogs the communication paths between the [API server](https://kubernetes.io/docs/concepts/architecture/#kube-apiserver) and the Kubernetes [cluster](https://kubernetes.io/docs/reference/glossary/?all=true#term-cluster).',
        '',
        '## Node to Control Plane',
        '',
        'Kubernetes has a "hub-and-spoke" API pattern.',
        ''
      ].join('\n')
    )
    expect(split.translations).toEqual([
      {
        language: 'zh',
        markdown: '本文档列出了 API 服务器和 Kubernetes 集群之间的通信路径。\n\n## 节点到控制平面\n\nKubernetes 采用“中心辐射型” API 模式。\n',
        fences: 2
      }
    ])
  })
})
