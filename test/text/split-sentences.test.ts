import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/engine/text/split-sentences.ts'

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('splits a full stop with no space after it (pt seed)', () => {
    const text = 'Um substituto para este canal de comunicação está sendo projetado.The Konnectivity service is a replacement for this communication channel.'
    expect(splitSentences(text)).toEqual([
      {text: 'Um substituto para este canal de comunicação está sendo projetado.', offset: 0},
      {text: 'The Konnectivity service is a replacement for this communication channel.', offset: 66}
    ])
  })

  it('keeps versions, abbreviations, URLs, file names and code together', () => {
    expect(texts('This is beta in v1.18 and e.g. the proxy. See https://kubernetes.io/docs/a.b/ for more. Edit config.yaml and call `fmt.Println(x)`. Done.')).toEqual([
      'This is beta in v1.18 and e.g. the proxy.',
      'See https://kubernetes.io/docs/a.b/ for more.',
      'Edit config.yaml and call `fmt.Println(x)`.',
      'Done.'
    ])
  })

  it('ends a sentence on a hyphenated word', () => {
    expect(texts('It is redirected via kube-proxy. The endpoint is HTTPS.')).toEqual([
      'It is redirected via kube-proxy.',
      'The endpoint is HTTPS.'
    ])
  })

  it('splits CJK at 。！？ without spaces', () => {
    expect(texts('SSH 隧道目前已弃用。Konnectivity 服务是此通信通道的替代方案。请按照任务设置')).toEqual([
      'SSH 隧道目前已弃用。',
      'Konnectivity 服务是此通信通道的替代方案。',
      '请按照任务设置'
    ])
  })

  it('splits at blank lines, keeps closing quotes and brackets, not before lowercase', () => {
    expect(texts('First (really.) Second "quoted!" third? no.\n\nNext para')).toEqual([
      'First (really.)',
      'Second "quoted!" third? no.',
      'Next para'
    ])
  })

  it('does not split numbered list markers or initials', () => {
    expect(texts('Step 1. Install it. Ask J. Smith.')).toEqual(['Step 1. Install it.', 'Ask J. Smith.'])
  })

  it('reports offsets into the original text', () => {
    const text = '  Uno.   Dos.'
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.offset).startsWith(sentence.text)).toBe(true)
  })
})
