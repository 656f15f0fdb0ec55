import {expect, it} from 'vitest'
import {findPages} from '../../src/engine/content/find-pages.ts'
import {writeTree} from '../helpers.ts'

it('in a Starlight layout, a locale left out of the run is not read as source pages', async () => {
  const root = await writeTree({'guide.md': '# Guide\n', 'de/guide.md': '# Anleitung\n', 'pt-pt/guide.md': '# Guia\n', 'reference/api.md': '# API\n'})
  const tree = await findPages({root: 'content', cwd: root, sourceLocale: 'en', layout: 'auto', locales: ['pt-pt']})
  expect(tree.layout).toBe('starlight')
  expect(tree.locales).toEqual(['pt-pt'])
  expect(tree.files.map((file) => `${file.locale} ${file.page}`)).toEqual(['en guide', 'en reference/api', 'pt-pt guide'])
})
