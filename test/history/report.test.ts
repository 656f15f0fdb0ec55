import {describe, expect, it} from 'vitest'
import {formatMarkdown} from '../../src/engine/report/format-markdown.ts'
import {formatText} from '../../src/engine/report/format-text.ts'
import {pageHistoryLines} from '../../src/engine/report/page-history-lines.ts'
import type {PageReport} from '../../src/engine/report/types.ts'
import {english, makeRepo, spanish} from './git-repo.ts'

// The seed goldens are made without history (they must not depend on the clone's depth); these are
// made with it, from a repository built here. The base's hash is written `<base>` in the goldens.
describe('the human reports with history', () => {
  it('show each page’s base, what changed since, and new sections apart from dropped ones', async () => {
    const repo = makeRepo()
    repo.write({
      'en/guide.md': english,
      'en/other.md': '# Other\n\nA page that does not change.\n',
      'es/guide.md': spanish.replace(/## Configurar[^]*?(?=## Ejecutar)/, ''),
      'es/other.md': '# Otra\n\nUna página que no cambia.\n'
    })
    const base = repo.commit('Translate', '2024-03-01T09:00:00Z').slice(0, 7)
    const edited = english.replace('to add it to a project', 'to add it to any Node.js project, then commit the lockfile').replace('carefully', 'carefuly')
    repo.write({'en/guide.md': edited + '\n## Upgrade\n\nNew releases come out every month.\n'})
    repo.commit('Rewrite the install, an upgrade section', '2024-03-02T09:00:00Z')
    repo.write({'en/guide.md': edited + '\n## Upgrade\n\nNew releases come out every month; see the [changelog](/changelog/).\n'})
    repo.commit('Upgrade: the changelog', '2024-03-03T09:00:00Z')
    repo.write({'it/guide.md': spanish})
    const {report} = await repo.check({locales: ['es', 'it']})
    const hide = (text: string) => text.replaceAll(base, '<base>')
    // `it` was added after the source edits and never committed: its history is unknown, said once.
    await expect(hide(formatText(report))).toMatchFileSnapshot('../report/__golden__/history.txt')
    await expect(hide(formatMarkdown(report))).toMatchFileSnapshot('../report/__golden__/history.md')
  })

  it('name a split source section once, moved and removed sections, and why the changes are unknown', () => {
    const ref = (line: number, title: string, level = 2) => ({line, level, title, id: title.toLowerCase()})
    const page: PageReport = {
      page: 'guide', locale: 'es', file: 'content/es/guide.md', sourceFile: 'content/en/guide.md', status: 'translated', coverage: 1,
      sections: [
        {...ref(3, 'Instalar'), source: ref(3, 'Install'), sourceChange: 'changed', changeKinds: ['code', 'links']},
        {...ref(7, 'Más'), source: ref(3, 'Install'), relation: 'split', sourceChange: 'changed', changeKinds: ['code', 'links']},
        {...ref(9, 'Ejecutar'), source: ref(9, 'Run'), sourceChange: 'moved'}
      ],
      missing: [{...ref(1, '', 0), sourceChange: 'unchanged'}],
      base: {commit: 'abcdef0123456789', date: '2024-03-01T09:00:00Z', from: 'pin'},
      behind: 1,
      removedSinceBase: [{title: 'Old', level: 2}]
    }
    expect(pageHistoryLines(page, 'en')).toEqual({
      base: 'base abcdef0 (pin, 2024-03-01), 1 commit behind',
      changes: ['changed since base: “Install” (code, links), “Run” (moved)', 'removed from en since base: “Old”', 'not translated, in en already at base: the introduction']
    })
    // No source at the base: no section has a `sourceChange`, and the reason says why.
    const unread: PageReport = {...page, sections: page.sections.map(({sourceChange, changeKinds, ...rest}) => rest), missing: page.missing.map(({sourceChange, ...rest}) => rest), baseReason: 'the source file is not at abcdef0'}
    delete unread.removedSinceBase
    expect(pageHistoryLines(unread, 'en')?.changes).toEqual(['changes since base unknown: the source file is not at abcdef0'])
    // A base off HEAD's history: only how far behind is unknown, the changes are known and listed.
    const offHistory = pageHistoryLines({...page, behind: null, baseReason: 'the base is not an ancestor of HEAD'}, 'en')!
    expect(offHistory.base).toBe('base abcdef0 (pin, 2024-03-01), commits behind unknown (the base is not an ancestor of HEAD)')
    expect(offHistory.changes[0]).toBe('changed since base: “Install” (code, links), “Run” (moved)')
    expect(pageHistoryLines({...page, base: {commit: null, date: null, from: 'unknown'}}, 'en')).toBeUndefined()
  })
})
