// Real translations of the OpenTelemetry website (CC BY 4.0, github.com/open-telemetry/
// opentelemetry.io), read in place from ../shared/corpus and never copied into this repository;
// the short sentences quoted below are attributed to the page they come from.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {isSourceLanguage} from '../../src/engine/text/is-source-language.ts'
import {blocksOf} from '../text/pages.ts'

const corpus = fileURLToPath(new URL('../../../shared/corpus/otel/content/', import.meta.url))
const verdict = (text: string, target: string) => isSourceLanguage(text, {source: 'en', target}).verdict
const normal = (text: string) => text.replace(/\s+/gu, ' ').trim()
const words = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? []

describe('quoted from the OpenTelemetry translations', () => {
  it.each([
    // content/es/docs/concepts/signals/traces.md
    ['Las **trazas** nos dan una visión general de lo que ocurre cuando se hace una solicitud a una aplicación.', 'es'],
    // content/pt/docs/concepts/signals/traces.md
    ['Os **rastros** nos fornecem uma visão geral do que acontece quando uma solicitação é feita para uma aplicação.', 'pt'],
    // content/fr/docs/concepts/signals/traces.md
    ["Les **traces** nous donnent une vue d'ensemble de ce qui se passe quand une requête est faite à une application.", 'fr'],
    // content/ja/docs/concepts/signals/traces.md
    ['**トレース** は、リクエストがアプリケーションに投げられたときに何が起こるかの全体像を教えてくれます。', 'ja'],
    // content/zh/docs/what-is-opentelemetry.md
    ['旨在创建和管理遥测数据，如[链路](/docs/concepts/signals/traces/)、[指标](/docs/concepts/signals/metrics/)和[日志](/docs/concepts/signals/logs/)。', 'zh']
  ])('%j is %s', (text, target) => {
    expect(verdict(text, target)).toBe('target')
  })

  it.each([
    // Left in English in content/ja/docs/what-is-opentelemetry.md
    ['[Watch videos][] from the [OTel for beginners][] or other [playlists][].', 'ja'],
    // Left in English in content/pt/docs/languages/sdk-configuration/otlp-exporter.md
    ['The following environment variables configure the OTLP transport protocol an OTLP exporter uses.', 'pt'],
    // Left in English in content/zh/docs/languages/js/instrumentation.md
    ["You can also add attributes to a span as it's created:", 'zh']
  ])('%j, left untranslated, is source', (text, target) => {
    expect(verdict(text, target)).toBe('source')
  })
})

// Two whole pages per locale. A block with a word the English page never uses has been
// translated, at least in part, and must never be called English; a prose block copied verbatim
// from the English page (six words or more) must be. Blocks made only of the English page's
// words ("Trace Provider", a heading the pt page kept in English) may go either way.
describe.each(['es', 'pt', 'fr', 'ja', 'zh'])('OpenTelemetry %s pages', (locale) => {
  it.each(['docs/what-is-opentelemetry.md', 'docs/concepts/signals/traces.md'])('%s', (page) => {
    const englishPage = readFileSync(`${corpus}en/${page}`, 'utf8')
    const englishBlocks = new Set(blocksOf(englishPage).map(normal))
    const englishWords = new Set(words(englishPage))
    const blocks = blocksOf(readFileSync(`${corpus}${locale}/${page}`, 'utf8'))
    let target = 0
    for (const block of blocks) {
      const result = verdict(block, locale)
      if (result === 'target') target++
      if (words(block).some((word) => !englishWords.has(word))) expect(result, block).not.toBe('source')
      else if (englishBlocks.has(normal(block)) && /(?:\p{L}+\W+){6}/u.test(block.replace(/\]\([^)]*\)/gu, ']'))) {
        expect(result, block).toBe('source')
      }
    }
    expect(target / blocks.length).toBeGreaterThan(0.6)
  })
})
