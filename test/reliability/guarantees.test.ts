import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {english, makeRepo, spanish} from '../history/git-repo.ts'
import {runCli} from '../report/cli.ts'

/** Every file under `root` (the .git folder included) with a hash of its bytes and its mode. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of fs.readdirSync(root, {recursive: true}) as string[]) {
    const full = path.join(root, name)
    const stat = fs.lstatSync(full)
    if (stat.isDirectory()) continue
    files.set(name.split(path.sep).join('/'), `${stat.mode}:${createHash('sha1').update(fs.readFileSync(full)).digest('hex')}`)
  }
  return files
}

/** Files added, changed or removed between two snapshots. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name)).sort()
}

/** A repository with history: a translation behind its source and a page not translated. */
function site() {
  const repo = makeRepo()
  fs.writeFileSync(path.join(repo.root, 'lockstep.config.json'), '{}')
  repo.write({'en/guide.md': english, 'es/guide.md': spanish, 'en/other.md': '# Other\n\nText.\n'})
  repo.commit('Add the guide')
  repo.write({'en/guide.md': english.replace('carefully', 'with care') + '\n## Upgrade\n\nNew releases come out monthly.\n'})
  repo.commit('Change the source')
  return repo
}

const formats = ['json', 'sarif', 'markdown', 'github', 'junit', 'text']

describe('what check guarantees', () => {
  it('writes nothing but its cache folder and the outputs asked for (git only reads)', async () => {
    const repo = site()
    const before = snapshot(repo.root)
    const outputs = formats.map((format) => `--format=${format}=out/report.${format}`)
    const {code, stderr} = await runCli(['check', ...outputs, '--changed-since', 'HEAD~1', '--fail-on', 'never'], repo.root)
    expect(stderr).toContain('changed since HEAD~1')
    expect(code).toBe(0)
    const written = changed(before, snapshot(repo.root))
    expect(written.filter((name) => !name.startsWith('.lockstep-cache/'))).toEqual(formats.map((format) => `out/report.${format}`).sort())
    expect(written.some((name) => name.startsWith('.lockstep-cache/'))).toBe(true)
  }, 60_000)

  it('gives byte-identical output in every format, run after run, with or without its cache', async () => {
    const repo = site()
    const run = async (name: string, ...flags: string[]) => {
      await runCli(['check', ...formats.map((format) => `--format=${format}=${name}/report.${format}`), ...flags], repo.root)
      return formats.map((format) => fs.readFileSync(path.join(repo.root, name, `report.${format}`), 'utf8'))
    }
    const cold = await run('a', '--no-cache')
    expect(await run('b', '--no-cache')).toEqual(cold)
    await run('c')
    expect(await run('d')).toEqual(cold)
  }, 90_000)
})
