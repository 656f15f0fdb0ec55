import {describe, expect, it} from 'vitest'
import {dominantScript, scriptOf} from '../../src/engine/text/script.ts'

describe('scriptOf', () => {
  it('counts letters per script and ignores digits, punctuation and spaces', () => {
    const counts = scriptOf('API 服务器到 kubelet, 443!')
    expect(counts).toMatchObject({latin: 10, han: 4, total: 14, cyrillic: 0})
  })

  it('counts a character the same every time it is seen (each character is classified once per run)', () => {
    // A combining accent, a lone surrogate, a Han radical (⺀) and 〇 (a number) are no letters; an astral Han character and ǅ are.
    const text = 'Дé\u0301 𠀋 ǅ \ud800 ⺀ 〇 ン'
    const first = scriptOf(text)
    expect(first).toMatchObject({cyrillic: 1, latin: 2, han: 1, kana: 1, total: 5})
    expect(scriptOf(text + text)).toMatchObject({cyrillic: 2, latin: 4, han: 2, kana: 2, total: 10})
  })

  it('tells kana from han, and counts the prolonged sound mark as kana', () => {
    expect(scriptOf('トレース（追跡）とは')).toMatchObject({kana: 6, han: 2})
    expect(scriptOf('サーバー').kana).toBe(4)
  })

  it('covers the scripts of the Kubernetes and OpenTelemetry locales', () => {
    expect(scriptOf('Служба подключения').cyrillic).toBe(17)
    expect(scriptOf('쿠버네티스').hangul).toBe(5)
    expect(scriptOf('مرحبا').arabic).toBe(5)
    expect(scriptOf('नमस्ते').devanagari).toBeGreaterThan(0)
    expect(scriptOf('ক্লাউড').bengali).toBeGreaterThan(0)
    expect(scriptOf('Túnel SSH é').latin).toBe(9)
  })

  it('does not count combining accents twice', () => {
    expect(scriptOf('te\u0301cnico').total).toBe(7)
  })
})

describe('dominantScript', () => {
  it('is the script with the most letters', () => {
    expect(dominantScript('apiserver в kubelet')).toBe('latin')
    expect(dominantScript('Служба подключения SSH')).toBe('cyrillic')
    expect(dominantScript('控制平面到节点')).toBe('han')
  })

  it('is undefined without letters', () => {
    expect(dominantScript('443 -- 1.18')).toBeUndefined()
  })
})
