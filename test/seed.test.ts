import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {check, type CheckResult} from '../src/engine/check.ts'
import {loadConfig} from '../src/engine/config/load-config.ts'
import type {Diagnostic} from '../src/engine/rules/types.ts'

// The acceptance test of issue #2: the seed page (one Kubernetes page in six languages) as
// imported into content/ by `npm run import-seeds`.
const root = path.resolve(import.meta.dirname, '..')
const page = 'docs/concepts/architecture/control-plane-node-communication'
let result: CheckResult

beforeAll(async () => {
  const {config} = await loadConfig({cwd: root})
  result = await check({config, cwd: root})
})

const findings = (locale: string, rule?: string): Diagnostic[] =>
  result.report.diagnostics.filter((diagnostic) => diagnostic.locale === locale && (rule === undefined || diagnostic.rule === rule))
const pageOf = (locale: string) => result.report.pages.find((entry) => entry.locale === locale && entry.page === page)!
const alignedTitles = (locale: string) => pageOf(locale).sections.map((section) => [section.title, section.source?.title ?? null])

describe('seed page', () => {
  it('finds the six locales and one page each', () => {
    expect(result.report.sourceLocale).toBe('en')
    expect(result.report.locales).toEqual(['es', 'it', 'pt', 'ru', 'zh-cn'])
    expect(result.report.pages.map((entry) => `${entry.locale}:${entry.status}`)).toEqual(['es:translated', 'it:translated', 'pt:translated', 'ru:translated', 'zh-cn:translated'])
  })

  describe('Italian', () => {
    it('misses exactly “SSH tunnels” and “Konnectivity service”', () => {
      expect(pageOf('it').missing.map((section) => section.title)).toEqual(['SSH tunnels', 'Konnectivity service'])
      expect(findings('it', 'missing-section').map((diagnostic) => diagnostic.message)).toEqual([
        'Missing section “SSH tunnels” (H3), which belongs after “apiserver to nodes, pods, and services”',
        'Missing section “Konnectivity service” (H3), which belongs after “apiserver to nodes, pods, and services”'
      ])
    })

    it('aligns its English-titled headings to the right English sections', () => {
      expect(alignedTitles('it')).toEqual([
        ['Cluster to Master', 'Node to Control Plane'],
        ['Master to Cluster', 'Control plane to node'],
        ['apiserver to kubelet', 'API server to kubelet'],
        ['apiserver to nodes, pods, and services', 'API server to nodes, pods, and services']
      ])
      expect(pageOf('it').sections[0]!.id).toBe('node-to-control-plane')
    })

    it('reports the English headings as untranslated text', () => {
      const headings = findings('it', 'untranslated-text').filter((diagnostic) => diagnostic.message.startsWith('Heading'))
      expect(headings.map((diagnostic) => diagnostic.line)).toEqual([20, 52, 59, 83])
    })

    it('reports the SSH tunnelling link that now points at a port-forward page', () => {
      const link = findings('it', 'link-target').find((diagnostic) => diagnostic.message.includes('port-forward-access-application-cluster'))
      expect(link?.message).toBe('Link points to `/docs/tasks/access-application-cluster/port-forward-access-application-cluster/`; the source links to `#ssh-tunnels` here')
      expect(link?.line).toBe(76)
    })
  })

  describe.each(['pt', 'es', 'ru', 'zh-cn'])('%s', (locale) => {
    it('has no missing section and aligns every heading to its English counterpart', () => {
      expect(pageOf(locale).missing).toEqual([])
      expect(findings(locale, 'missing-section')).toEqual([])
      const sources = pageOf(locale).sections.filter((section) => section.source).map((section) => section.source!.title)
      expect(sources).toEqual(['Node to Control Plane', 'Control plane to node', 'API server to kubelet', 'API server to nodes, pods, and services', 'SSH tunnels', 'Konnectivity service'])
    })
  })

  it('aligns Russian “Служба подключения” with “Konnectivity service”, which shares no word with it', () => {
    const section = pageOf('ru').sections.find((entry) => entry.title === 'Служба подключения')!
    expect(section.source?.title).toBe('Konnectivity service')
    expect(section.id).toBe('konnectivity-service')
    expect(section.confidence).toBeGreaterThan(0.8)
  })

  it('reports the untranslated Portuguese “Konnectivity service” section and the English sentence glued onto the SSH paragraph', () => {
    expect(findings('pt', 'untranslated-section').map((diagnostic) => [diagnostic.line, diagnostic.message])).toEqual([
      [102, 'Section “Konnectivity service” is not translated: 100% of its text is still in the source language']
    ])
    const sentence = findings('pt', 'untranslated-text').find((diagnostic) => diagnostic.message.includes('The Konnectivity service is a replacement'))
    expect(sentence?.line).toBe(100)
  })

  it('reports the Spanish “What’s next” section as extra', () => {
    expect(findings('es', 'extra-section').map((diagnostic) => diagnostic.message)).toEqual(['Section “What\'s next” has no counterpart in the en page'])
  })

  it('reports the Russian #ssh-tunnels link as a broken anchor, rescued by the aligned site', () => {
    const broken = findings('ru', 'broken-anchor')
    expect(broken.map((diagnostic) => diagnostic.line)).toEqual([49])
    expect(broken[0]!.message).toContain('`#ssh-tunnels`')
    expect(broken[0]!.message).toContain('rescues it')
  })

  it('reports the Spanish link to #konnectivity-service, a fragment its translated heading does not define', () => {
    expect(findings('es', 'broken-anchor').map((diagnostic) => diagnostic.message)).toEqual([
      'Fragment `#konnectivity-service` matches no id on this page; Lockstep’s aligned site rescues it (the source section is “Servicio Konnectivity” here)'
    ])
  })

  it('keeps the Chinese translation in step: no warning or error', () => {
    expect(findings('zh-cn').filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
  })

  it('gives the same report twice', async () => {
    const {config} = await loadConfig({cwd: root})
    const again = await check({config, cwd: root})
    expect(JSON.stringify(again.report)).toBe(JSON.stringify(result.report))
  })
})
