import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/engine/text/detect-language.ts'
import {proseOf} from '../../src/engine/text/prose-of.ts'
import {paragraphsOf, seedPage} from './pages.ts'

describe('detectLanguage', () => {
  it.each([
    ['en', 'The connections from the API server to the kubelet are used for fetching logs for pods.'],
    ['es', 'Las conexiones del apiserver al kubelet se utilizan para recoger entradas de registro de pods.'],
    ['pt', 'As conexões do apiserver ao kubelet são usadas para buscar logs para pods.'],
    ['it', 'Le connessioni dall’apiserver al kubelet vengono utilizzate per il recupero dei log per i pod.'],
    ['ru', 'Соединение из apiserver-а к kubelet используются для извлечения логов с pod-ов.'],
    ['zh', '从 API 服务器到 kubelet 的连接用于获取 Pod 的日志。'],
    ['ja', 'API サーバーから kubelet への接続は、Pod のログを取得するために使用されます。']
  ])('detects %s', (language, text) => {
    const result = detectLanguage(text)
    expect(result.language).toBe(language)
    expect(result.reliable).toBe(true)
    expect(result.scores[language]).toBeGreaterThan(0.5)
  })

  it('reads past the first 350 bytes eld looks at', () => {
    // The English tail would be invisible to a single eld call.
    const text = `${'控制平面组件也通过安全端口与 API 服务器通信。'.repeat(12)} ${'The control plane components also communicate with the API server over the secure port. '.repeat(6)}`
    const scores = detectLanguage(text).scores
    expect(scores.zh).toBeGreaterThan(0)
    expect(scores.en).toBeGreaterThan(0)
  })

  it('returns no language for text without letters', () => {
    expect(detectLanguage('443 1.18 --').language).toBe('')
    expect(detectLanguage('').reliable).toBe(false)
  })

  it('recognises each seed page from its prose (markup removed first, as callers do)', () => {
    for (const [locale, language] of [['en', 'en'], ['pt', 'pt'], ['it', 'it'], ['es', 'es'], ['ru', 'ru'], ['zh-cn', 'zh']]) {
      const longest = paragraphsOf(seedPage(locale!)).sort((a, b) => b.length - a.length)[0] ?? ''
      expect(detectLanguage(proseOf(longest).text).language, locale).toBe(language)
    }
  })
})
