import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {splitBilingual} from '../../src/engine/content/split-bilingual.ts'

// The committed content/ pages are what scripts/import-seeds.ts made of ../shared/seeds.
const seedFile = fileURLToPath(new URL('../../../shared/seeds/001_ab2711661c7f5dd0.txt', import.meta.url))
const pagePath = 'docs/concepts/architecture/control-plane-node-communication.md'
const contentPage = (locale: string) =>
  readFileSync(fileURLToPath(new URL(`../../content/${locale}/${pagePath}`, import.meta.url)), 'utf8')

describe('the English seed page', () => {
  it('splits into the committed en and zh-cn pages', () => {
    const seed = readFileSync(seedFile, 'utf8')
    const split = splitBilingual(seed, {source: 'en'})
    expect(split.source).toBe(contentPage('en'))
    expect(split.translations.map(({language, fences}) => [language, fences])).toEqual([['zh', 3]])
    expect(split.translations[0]?.markdown).toBe(contentPage('zh-cn'))
    // Nothing but the three fences went, each with the blank line after it (the last one, at
    // the end of the page, with the blank line before it).
    const fences = /^```\n[\s\S]*?\n```\n\n?/gmu
    expect(seed.match(fences)).toHaveLength(3)
    expect(split.source).toBe(seed.replace(fences, '').replace(/\n\n$/u, '\n'))
  })
})
