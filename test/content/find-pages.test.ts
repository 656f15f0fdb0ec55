import path from 'node:path'
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

it('names each page by its path from the working directory and from its locale folder, wherever the run starts', async () => {
  const root = await writeTree({'en/guide.md': '# Guide\n', 'en/docs/deep/api.mdx': '# API\n', 'es/docs/deep/api.mdx': '# API\n', 'es/guide.md': '# Guía\n'})
  const named = async (cwd: string, contentRoot: string) => (await findPages({root: contentRoot, cwd, sourceLocale: 'en', layout: 'auto'})).files.map((file) => [file.locale, file.page, file.file, path.relative(root, file.path)])
  const expected = (en: string, es: string) => [
    ['en', 'docs/deep/api', `${en}docs/deep/api.mdx`, 'content/en/docs/deep/api.mdx'],
    ['en', 'guide', `${en}guide.md`, 'content/en/guide.md'],
    ['es', 'docs/deep/api', `${es}docs/deep/api.mdx`, 'content/es/docs/deep/api.mdx'],
    ['es', 'guide', `${es}guide.md`, 'content/es/guide.md']
  ]
  // From the project (the usual run), from the content folder itself, and from inside a locale (the other's paths go up).
  expect(await named(root, 'content')).toEqual(expected('content/en/', 'content/es/'))
  expect(await named(path.join(root, 'content'), '.')).toEqual(expected('en/', 'es/'))
  expect(await named(path.join(root, 'content/es'), '..')).toEqual(expected('../en/', ''))
})
