import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import {parsePage} from '../../src/engine/parse/parse-page.ts'
import {formatUnifiedDiff} from '../../src/engine/report/format-unified-diff.ts'
import {summarizePage} from '../../src/engine/sections/summarize-page.ts'
import {applyEdits} from '../../src/engine/sync/apply-edits.ts'
import {collectItems} from '../../src/engine/sync/collect-items.ts'
import {isMechanicalAttribute} from '../../src/engine/sync/mechanical-attribute.ts'
import {pinEdit} from '../../src/engine/sync/pin-edit.ts'
import {writePage} from '../../src/engine/sync/write-page.ts'

const config = validateConfig({})

describe('sync edits', () => {
  it('applies edits by position and refuses overlapping ones', () => {
    expect(applyEdits('abcdef', [{start: 4, end: 5, text: 'E'}, {start: 1, end: 2, text: 'BB'}, {start: 6, end: 6, text: '!', order: 2}, {start: 6, end: 6, text: '?', order: 1}])).toBe('aBBcdEf?!')
    expect(() => applyEdits('abcdef', [{start: 1, end: 4, text: ''}, {start: 3, end: 5, text: ''}])).toThrow(RangeError)
  })

  it('finds each item’s exact range: code, link destinations, definitions, heading ids, shortcodes, numbers (after a BOM too)', () => {
    const text = '\uFEFF# Guide\n\n## Install {#setup}\n\nRun `npm i` and see [the docs](</docs/a b/> "Docs") or [ref].\n\n{{< feature-state for_k8s_version="v1.18" state="beta" >}}\n\nIt takes 30 seconds with version 1.18.\n\n```sh\nnpm ci\n```\n\n[ref]: /docs/ref/\n'
    const bytes = Buffer.from(text)
    const tree = parsePage(bytes, {path: 'a.md', mdx: false, config}).tree!
    const summary = summarizePage(bytes, {file: 'a.md', locale: 'en', page: 'a', locales: new Set(['en'])}, config)
    const items = collectItems(text, tree, summary.sections)
    expect(items[0]).toEqual([])
    expect(items[1]!.map((item) => `${item.kind} ${item.raw} ${text.slice(item.start, item.end) === item.raw}`)).toEqual([
      'heading-id setup true',
      'inline-code `npm i` true',
      'link </docs/a b/> true',
      'shortcode {{< feature-state for_k8s_version="v1.18" state="beta" >}} true',
      'number 30 true',
      'number 1.18 true',
      'code ```sh\nnpm ci\n``` true',
      'link /docs/ref/ true'
    ])
    // An item in prose knows its paragraph, every item masked: a rewritten sentence is not a mechanical change.
    expect(items[1]!.find((item) => item.kind === 'link')!.context).toBe('Run \u0000 and see [the docs](\u0000 "Docs") or [ref].')
    expect(items[1]!.find((item) => item.kind === 'code')!.context).toBeUndefined()
  })

  it('finds each component attribute’s quoted value in MDX; a value written with entities is left out', () => {
    const text = '# Guide\n\n## Cards\n\n<Card title="Stars" icon=\'star\' data={x}>\n  Text with <Badge text="New" variant="tip" /> in it.\n</Card>\n\n<LinkCard title="A &amp; B" href="/a/?x=1&amp;y=2" />\n'
    const bytes = Buffer.from(text)
    const tree = parsePage(bytes, {path: 'a.mdx', mdx: true, config}).tree!
    const summary = summarizePage(bytes, {file: 'a.mdx', locale: 'en', page: 'a', locales: new Set(['en'])}, config)
    const items = collectItems(text, tree, summary.sections)[1]!.filter((item) => item.kind === 'attribute')
    expect(items.map((item) => `${item.slot} ${item.raw} ${text.slice(item.start, item.end) === item.raw} ${item.prose ?? false}`)).toEqual([
      'Card title "Stars" true true',
      "Card icon 'star' true false",
      'Badge text "New" true true',
      'Badge variant "tip" true false'
    ])
    // A flow tag is compared with itself (its prose attributes as written); a tag in a sentence with the sentence.
    expect(items[1]!.context).toBe('Card title="Stars" icon=\u0000 data={x}')
    expect(items[3]!.context).toBe('Text with <Badge text="New" variant=\u0000 /> in it.')
  })

  it.each([
    ['icon', 'rocket', true],
    ['icon', 'seti:npm', true],
    ['href', '/docs/install/', true],
    ['href', 'https://example.com/a b', false],
    ['src', './image.png', true],
    ['slot', 'preview', true],
    ['syncKey', 'content-type', true],
    ['level', '2', true],
    ['size', '2rem', true],
    ['id', '#learn-more', true],
    ['code', 'npm install -D lockstep', true],
    ['lang', 'ts', true],
    ['title', 'rocket', false],
    ['label', 'npm', false],
    ['alt', 'logo.png', false],
    ['name', 'Ada Lovelace', false],
    ['variant', 'Install', false],
    ['syncKey', '별자리', false],
    ['color', 'var(--sl-color-text-accent)', false],
    ['icon', '', false]
  ])('component attribute %s="%s" is mechanical: %s', (name, value, mechanical) => {
    expect(isMechanicalAttribute(name, value)).toBe(mechanical)
  })

  it('sets a pin in YAML or TOML front matter, keeping quotes, or adds the key', () => {
    const set = (text: string) => applyEdits(text, [pinEdit(text, 'default_lang_commit', 'abc123')!])
    expect(set('---\ntitle: X\ndefault_lang_commit: 0123abcd # pinned\n---\nBody\n')).toBe('---\ntitle: X\ndefault_lang_commit: abc123 # pinned\n---\nBody\n')
    expect(set('+++\ndefault_lang_commit = "0123"\r\n+++\r\n')).toBe('+++\ndefault_lang_commit = "abc123"\r\n+++\r\n')
    expect(set('---\r\ntitle: X\r\n---\r\n')).toBe('---\r\ndefault_lang_commit: abc123\r\ntitle: X\r\n---\r\n')
    expect(pinEdit('# No front matter\n', 'default_lang_commit', 'abc')).toBeUndefined()
  })

  it('prints a unified diff with control characters made inert', () => {
    expect(formatUnifiedDiff('a.md', 'one\ntwo\nthree\n', 'one\nt\u001B[2Jwo\nthree\n')).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n one\n-two\n+t\uFFFD[2Jwo\n three\n')
    expect(formatUnifiedDiff('a.md', 'same\n', 'same\n')).toBe('')
  })

  it('skips a file whose bytes changed since they were read, one outside the content folder, and one reached through a linked folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-write-'))
    try {
      const content = path.join(root, 'content')
      fs.mkdirSync(content)
      const file = path.join(content, 'a.md')
      fs.writeFileSync(file, 'now\n')
      expect(await writePage({file, contentDir: content, expected: Buffer.from('then\n'), text: 'new\n'})).toEqual({written: false, reason: 'changed since it was read: skipped'})
      expect(fs.readFileSync(file, 'utf8')).toBe('now\n')
      fs.writeFileSync(path.join(root, 'b.md'), 'b\n')
      expect(await writePage({file: path.join(root, 'b.md'), contentDir: content, expected: Buffer.from('b\n'), text: 'new\n'})).toEqual({written: false, reason: 'is outside the content folder'})
      expect(await writePage({file, contentDir: content, expected: Buffer.from('now\n'), text: 'new\n'})).toEqual({written: true})
      expect(fs.readFileSync(file, 'utf8')).toBe('new\n')
      expect(fs.readdirSync(content)).toEqual(['a.md'])
      // A file reached through a linked folder, even one inside the content folder, is not written either.
      fs.mkdirSync(path.join(content, 'es'))
      fs.writeFileSync(path.join(content, 'es', 'c.md'), 'c\n')
      fs.symlinkSync(path.join(content, 'es'), path.join(content, 'es-linked'))
      expect(await writePage({file: path.join(content, 'es-linked', 'c.md'), contentDir: content, expected: Buffer.from('c\n'), text: 'new\n'})).toEqual({written: false, reason: 'is reached through a symbolic link: not written through'})
      expect(fs.readFileSync(path.join(content, 'es', 'c.md'), 'utf8')).toBe('c\n')
    } finally {
      fs.rmSync(root, {recursive: true, force: true})
    }
  })
})
