import {describe, expect, it} from 'vitest'
import type {Diagnostic, PageHistory, SectionChange} from '../../src/engine/index.ts'
import type {Block} from '../../src/starlight/compose-page.ts'
import {outdatedNotice, sectionMarkers} from '../../src/starlight/section-markers.ts'

const finding = (rule: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({rule, severity, locale: 'es', page: 'guide', file: 'content/es/guide.md', line: 5, column: 1, message: '', url: ''})
const block = (sourceChange: SectionChange | undefined, findings: Diagnostic[] = [], kind: Block['kind'] = 'section'): Block => ({
  kind,
  nodes: [],
  file: 'content/es/guide.md',
  id: 'install',
  aliases: [],
  level: 2,
  headingHtml: 'Instalar',
  bodyHtml: '',
  lang: 'es',
  findings,
  row: {source: 1, target: 1},
  ...(sourceChange ? {sourceChange} : {})
})

describe('sectionMarkers', () => {
  it('marks a section whose source changed beyond typos, naming the kinds without the typo', () => {
    const reported = [finding('outdated-section')]
    expect(sectionMarkers(block({change: 'changed', kinds: ['prose', 'typo']}, reported))).toEqual([{kind: 'outdated', kinds: ['prose']}])
    expect(sectionMarkers(block({change: 'changed', kinds: ['code']}, reported))).toEqual([{kind: 'outdated', kinds: ['code']}])
  })

  it('follows the rule’s setting: no marker when outdated-section is off or only informs', () => {
    expect(sectionMarkers(block({change: 'changed', kinds: ['prose']}))).toEqual([])
    expect(sectionMarkers(block({change: 'changed', kinds: ['prose']}, [finding('outdated-section', 'info')]))).toEqual([])
  })

  it('leaves typo fixes, moves, unchanged and unknown sections unmarked', () => {
    expect(sectionMarkers(block({change: 'changed', kinds: ['typo']}))).toEqual([])
    expect(sectionMarkers(block({change: 'moved', kinds: []}))).toEqual([])
    expect(sectionMarkers(block({change: 'unchanged', kinds: []}))).toEqual([])
    expect(sectionMarkers(block(undefined))).toEqual([])
  })

  it('marks a section still in the source language, and not a fallback block (it has its own label)', () => {
    expect(sectionMarkers(block(undefined, [finding('untranslated-section')]))).toEqual([{kind: 'untranslated'}])
    expect(sectionMarkers(block({change: 'added', kinds: []}, [finding('outdated-section')], 'fallback'))).toEqual([])
  })
})

describe('outdatedNotice', () => {
  const history = (trivial: boolean): PageHistory => ({
    base: {commit: '0123456789abcdef0123456789abcdef01234567', date: '2024-03-04T05:06:07Z', from: 'history'},
    behind: 3,
    changes: {sections: [{change: 'changed', kinds: trivial ? ['typo'] : ['prose']}], removed: [], trivial, unchanged: false}
  })

  it('names the base and how far behind when outdated-page warns', () => {
    expect(outdatedNotice(history(false), [finding('outdated-page')])).toEqual({commit: '0123456', date: '2024-03-04', behind: '3'})
    const undated = {...history(false), base: {commit: '0123456789abcdef0123456789abcdef01234567', date: null, from: 'pin' as const}, behind: null}
    expect(outdatedNotice(undated, [finding('outdated-page')])).toEqual({commit: '0123456', date: '?', behind: '?'})
  })

  it('says nothing for typo fixes only, when the rule only informs or is off, or without a base', () => {
    expect(outdatedNotice(history(true), [finding('outdated-page', 'info')])).toBeUndefined()
    expect(outdatedNotice(history(false), [finding('outdated-page', 'info')])).toBeUndefined()
    expect(outdatedNotice(history(false), [])).toBeUndefined()
    expect(outdatedNotice({base: {commit: null, date: null, from: 'unknown'}, behind: null}, [finding('outdated-page')])).toBeUndefined()
  })
})
