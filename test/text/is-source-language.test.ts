import {describe, expect, it} from 'vitest'
import {isSourceLanguage} from '../../src/engine/text/is-source-language.ts'
import {splitSentences} from '../../src/engine/text/split-sentences.ts'
import {paragraphsOf, seedPage, sharedWords} from './pages.ts'

const verdict = (text: string, target: string, names?: Set<string>) =>
  isSourceLanguage(text, {source: 'en', target, names}).verdict

// Headings and sentences from the seed pages (Kubernetes documentation, CC BY 4.0).
describe('still English', () => {
  it.each([
    ['Cluster to Master', 'it'],
    ['Master to Cluster', 'it'],
    ['apiserver to kubelet', 'it'],
    ['apiserver to nodes, pods, and services', 'it'],
    ['Konnectivity service', 'pt'],
    ['The Konnectivity service is a replacement for this communication channel.', 'pt'],
    [
      'As a replacement to the SSH tunnels, the Konnectivity service provides TCP level proxy for the control plane to cluster communication.',
      'pt'
    ],
    ['Follow the Konnectivity service task to set up the Konnectivity service in your cluster.', 'pt'],
    // Four English words of an Italian paragraph that switched language mid-sentence; three of
    // them are English-only function words, which is as honest a call as a fragment allows.
    ['One or more forms of', 'it'],
    ['The connections from the API server to the kubelet are used for:', 'pt-br'],
    ['SSH tunnels are currently deprecated, so you shouldn’t opt to use them.', 'ru'],
    ['The Konnectivity service is a replacement for this communication channel.', 'zh-cn']
  ])('%j in a %s page is source', (text, target) => {
    expect(verdict(text, target)).toBe('source')
  })
})

describe('never called English', () => {
  it.each([
    ['Servicio Konnectivity', 'es'],
    ['SSH Túnel', 'pt'],
    ['apiserver para o kubelet', 'pt'],
    ['apiserver в kubelet', 'ru'],
    ['Apiserver al kubelet', 'es'],
    ['API 服务器到 kubelet', 'zh-cn'],
    ['Túneles SSH', 'es'],
    ['Служба подключения', 'ru'],
    ['SSH-туннели', 'ru'],
    ['Cluster para o Master', 'pt'],
    ['Control Plane para o Nó', 'pt'],
    ['Apiserver para nodos, pods y servicios', 'es'],
    ['### API 服务器到节点、Pod 和服务', 'zh-cn']
  ])('%j in a %s page is not source', (text, target) => {
    expect(verdict(text, target)).not.toBe('source')
  })

  it.each([
    ['apiserver para o kubelet', 'pt'],
    ['apiserver в kubelet', 'ru'],
    ['Apiserver al kubelet', 'es'],
    ['API 服务器到 kubelet', 'zh-cn'],
    ['Служба подключения', 'ru']
  ])('%j is decided as %s', (text, target) => {
    expect(verdict(text, target)).toBe('target')
  })

  // eld has no Indonesian model: Indonesian is scored as Malay, not as "no score, so English".
  // Sentences of docs/src/content/docs/id/ of the Starlight documentation (MIT, withastro/starlight).
  it.each([
    'Starlight adalah alat andalan saya untuk dokumentasi.',
    'Package seperti astro-embed dapat membantu untuk layanan umum.',
    'Tertarik bagaimana perbandingannya dengan framework dokumentasi lainnya?'
  ])('%j in an id page is Indonesian', (text) => {
    expect(verdict(text, 'id')).toBe('target')
  })

  it('still calls English text in an id page source', () => {
    expect(verdict('Run the installer on every machine that will build the documentation site.', 'id')).toBe('source')
  })
})

describe('too little to go on', () => {
  it.each([
    ['', 'es'],
    ['`kubectl get pods`', 'es'],
    ['https://kubernetes.io/docs/', 'ru'],
    ['v1.18 443 --kubelet-certificate-authority', 'pt'],
    ['SSH API HTTPS TCP', 'it'],
    ['kubelet', 'fr'],
    ['Túnel', 'pt']
  ])('%j is unknown', (text, target) => {
    expect(isSourceLanguage(text, {source: 'en', target})).toEqual({verdict: 'unknown', confidence: 0})
  })

  it('drops names, so a heading made only of them is unknown', () => {
    const names = new Set(['Konnectivity', 'service'])
    expect(verdict('Konnectivity service', 'pt', names)).toBe('unknown')
  })

  it('never treats a function word as a name', () => {
    const names = new Set(['the', 'to', 'Konnectivity', 'service', 'control', 'plane', 'cluster'])
    expect(verdict('Follow the Konnectivity service task to set up the Konnectivity service in your cluster.', 'pt', names)).toBe('source')
  })

  it('has nothing to decide when both languages are the same', () => {
    expect(verdict('The Konnectivity service is a replacement.', 'en-GB')).toBe('unknown')
    expect(isSourceLanguage('服务器到节点', {source: 'zh-cn', target: 'zh-tw'}).verdict).toBe('unknown')
  })
})

describe('confidence', () => {
  it('is higher for a paragraph than for a three-word heading', () => {
    const heading = isSourceLanguage('Cluster to Master', {source: 'en', target: 'it'})
    const paragraph = isSourceLanguage(
      'The connections from the API server to a node, pod, or service default to plain HTTP connections and are therefore neither authenticated nor encrypted.',
      {source: 'en', target: 'it'}
    )
    expect(heading.confidence).toBeGreaterThanOrEqual(0.5)
    expect(paragraph.confidence).toBeGreaterThan(heading.confidence)
  })
})

// Every block of the four translated seed pages (imported into content/ from ../shared/seeds).
// The English ones are listed by their first words; everything else was translated.
const untranslated: Record<string, string[]> = {
  pt: ['### Konnectivity service', 'As a replacement to the SSH tunnels', 'Follow the Konnectivity service task'],
  it: ['## Cluster to Master', '## Master to Cluster', '### apiserver to kubelet', '### apiserver to nodes, pods, and services'],
  es: [],
  ru: []
}

describe.each(['pt', 'it', 'es', 'ru'])('the %s seed page', (locale) => {
  const english = seedPage('en')
  const page = seedPage(locale)
  const names = sharedWords(page, english)
  const blocks = paragraphsOf(page)
  const isEnglish = (block: string) => untranslated[locale]!.some((start) => block.startsWith(start))
  const translated = blocks.filter((block) => !isEnglish(block))

  it('has no translated block called source, with or without names', () => {
    expect(translated.length).toBeGreaterThan(10)
    for (const block of translated) {
      expect(verdict(block, locale, names), block).not.toBe('source')
      expect(verdict(block, locale), block).not.toBe('source')
    }
  })

  it('calls most translated blocks target', () => {
    const decided = translated.filter((block) => verdict(block, locale, names) === 'target')
    expect(decided.length / translated.length).toBeGreaterThan(0.7)
  })

  it('calls its untranslated English blocks source', () => {
    for (const block of blocks.filter(isEnglish)) expect(verdict(block, locale), block).toBe('source')
  })
})

describe('sentence by sentence', () => {
  it('finds the English sentence glued to a Portuguese paragraph', () => {
    const paragraph = paragraphsOf(seedPage('pt')).find((block) => block.startsWith('Atualmente'))!
    expect(verdict(paragraph, 'pt')).toBe('target')
    const verdicts = splitSentences(paragraph).map((sentence) => verdict(sentence.text, 'pt'))
    expect(verdicts).toEqual(['target', 'target', 'source'])
  })

  it('does not call the Italian paragraph that slips into English source as a whole', () => {
    const paragraph = paragraphsOf(seedPage('it')).find((block) => block.startsWith('Tutti i percorsi'))!
    expect(verdict(paragraph, 'it')).toBe('target')
  })
})
