import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {hashBytes} from '../../src/engine/content/hash-bytes.ts'

describe('hashBytes', () => {
  it.each([
    ['an empty page', ''],
    ['a Markdown page', '---\ntitle: Guide\n---\n\n# Guide\n\nRead the report.\n'],
    ['line ends of Windows', '# Guía\r\n\r\nLee el informe.\r\n'],
    ['text beyond ASCII', '# 指南\n\nИнструкция — ¿qué?\n']
  ])('is the blob id git gives %s', (_, text) => {
    const bytes = Buffer.from(text)
    const git = execFileSync('git', ['hash-object', '--stdin', '--no-filters'], {input: bytes, encoding: 'utf8'}).trim()
    expect(hashBytes(bytes)).toBe(git)
  })
})
