import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {progressSeries} from '../../src/starlight/status-progress.ts'
import {english, makeRepo, spanish} from '../history/git-repo.ts'

// A project made month by month in a real git repository (commit dates set), and its progress
// counted by hand. Two English pages of three sections each (six sections):
// - January: both in English, page A translated into Spanish → 3 translated, 3 missing (page B): 50 %.
// - February: page B translated, then A's English “Configure” rewritten → 5 translated, 1 outdated: 83 %.
// - March: the Spanish “Configure” of A brought up to date → 6 translated: 100 %.
// - April (added after a first build): page B's English “Run” rewritten → 5 translated, 1 outdated: 83 %.
const repo = makeRepo()
// The cache outside the repository, so that the test's commits (`git add -A`) leave it out.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-progress-cache-'))
const cacheFile = path.join(cacheDir, 'progress.json')
const configureEn = 'Edit `lockstep.config.json` and set the [locales](/docs/locales/).'
const runEn = 'Run `npx lockstep check` and read the report carefully.'

afterAll(() => {
  fs.rmSync(repo.root, {recursive: true, force: true})
  fs.rmSync(cacheDir, {recursive: true, force: true})
})

const point = (translated: number, outdated: number, missing: number, percent: number) => ({es: {translated, outdated, untranslated: 0, missing, total: 6, percent}})

describe('progress over time', () => {
  it('has one point per month, equal to the counts made by hand, and checks only new months', async () => {
    fs.writeFileSync(path.join(repo.root, 'lockstep.config.json'), JSON.stringify({localeNames: {en: 'English', es: 'Español'}}))
    repo.write({'en/a.md': english, 'en/b.md': english.replace('# Guide', '# Other guide'), 'es/a.md': spanish})
    repo.commit('Pages, and A in Spanish', '2024-01-10T12:00:00Z')
    repo.write({'es/b.md': spanish.replace('# Guía', '# Otra guía')})
    repo.commit('B in Spanish', '2024-02-05T12:00:00Z')
    repo.write({'en/a.md': english.replace(configureEn, 'Edit `lockstep.config.json`, set the [locales](/docs/locales/) and choose which rules report errors.')})
    repo.commit('A: explain the rules', '2024-02-20T12:00:00Z')
    repo.write({'es/a.md': spanish.replace('Edita `lockstep.config.json` y define los [idiomas](/docs/locales/).', 'Edita `lockstep.config.json`, define los [idiomas](/docs/locales/) y elige qué reglas dan errores.')})
    repo.commit('A: Spanish up to date', '2024-03-10T12:00:00Z')

    const first = (await progressSeries(repo.root, cacheFile))!
    expect(first.series.map(({month, locales}) => ({month, locales}))).toEqual([
      {month: '2024-01', locales: point(3, 0, 3, 50)},
      {month: '2024-02', locales: point(5, 1, 0, 83)},
      {month: '2024-03', locales: point(6, 0, 0, 100)}
    ])
    expect(first.checked).toBe(3)

    // A rebuild with nothing new checks nothing.
    expect((await progressSeries(repo.root, cacheFile))!.checked).toBe(0)

    repo.write({'en/b.md': english.replace('# Guide', '# Other guide').replace(runEn, 'Run `npx lockstep check --fail-on warning` and read every line of the report.')})
    repo.commit('B: stricter checks', '2024-04-02T12:00:00Z')
    // A build passes its own check's status: the month of HEAD is that point, with no check of its own
    // (and not cached, since it counts the working tree).
    const current = {es: {translated: 1, outdated: 2, untranslated: 0, missing: 3, total: 6, percent: 16}}
    const built = (await progressSeries(repo.root, cacheFile, current))!
    expect(built.checked).toBe(0)
    expect(built.series.map(({month}) => month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04'])
    expect(built.series.at(-1)!.locales).toBe(current)
    expect(built.series.at(-1)!.commit).toBe(repo.git('rev-parse', 'HEAD').trim())
    const second = (await progressSeries(repo.root, cacheFile))!
    expect(second.checked).toBe(1)
    expect(second.series.map(({month, locales}) => ({month, locales}))).toEqual([...first.series.map(({month, locales}) => ({month, locales})), {month: '2024-04', locales: point(5, 1, 0, 83)}])
    // The project's own checkout is left as it was.
    expect(repo.git('status', '--porcelain')).toBe('')
  })

  it('is undefined outside a git repository', async () => {
    const dir = fs.mkdtempSync(path.join(repo.root, '..', 'lockstep-no-git-'))
    try {
      expect(await progressSeries(dir)).toBeUndefined()
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
