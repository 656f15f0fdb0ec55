import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {parseNameList} from '../../src/engine/history/changed-files.ts'
import type {Report} from '../../src/engine/report/types.ts'
import {writeTree} from '../helpers.ts'
import {runCli} from './cli.ts'

const exec = promisify(execFile)
const page = (title: string, section: string, code: string) => `---\ntitle: ${title}\n---\n\nIntro \`${code}\`.\n\n## ${section}\n\nRun \`${code} --now\`.\n`

async function git(cwd: string, ...args: string[]) {
  await exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd})
}

describe('--changed-since', () => {
  it('parses git -z name lists, names with spaces and newlines included', () => {
    expect(parseNameList('content/en/a b.md\u0000content/es/new\nline.md\u0000')).toEqual(['content/en/a b.md', 'content/es/new\nline.md'])
    expect(parseNameList('')).toEqual([])
  })

  it('checks only pages whose file or source changed, translations of a changed source included', async () => {
    const root = await writeTree({
      'en/alpha.md': page('Alpha', 'Install', 'alpha'),
      'es/alpha.md': page('Alfa', 'Instalar', 'alpha'),
      'it/alpha.md': page('Alfa', 'Installare', 'alpha'),
      'en/beta.md': page('Beta', 'Install', 'beta'),
      'es/beta.md': page('Beta', 'Instalar', 'beta'),
      'it/beta.md': page('Beta', 'Installare', 'beta'),
      'en/gamma.md': page('Gamma', 'Install', 'gamma'),
      'es/gamma.md': page('Gamma', 'Instalar', 'gamma')
    })
    await git(root, 'init', '-q', '-b', 'main')
    await git(root, 'add', '.')
    await git(root, 'commit', '-qm', 'seed')
    // The English alpha page changes (so es and it alpha count as changed), the Spanish beta page
    // loses its section, and an untracked Italian gamma page appears; gamma's Spanish page is untouched.
    await fs.appendFile(path.join(root, 'content/en/alpha.md'), '\n## Configure\n\nEdit `alpha.json`.\n')
    await fs.writeFile(path.join(root, 'content/es/beta.md'), '---\ntitle: Beta\n---\n\nIntro `beta`.\n')
    await fs.writeFile(path.join(root, 'content/it/gamma.md'), page('Gamma', 'Installare', 'gamma'))

    const {code, stdout, stderr} = await runCli(['check', '--no-cache', '--format', 'json', '--changed-since', 'HEAD'], root)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    expect(report.pages.map((entry) => `${entry.locale}/${entry.page}`)).toEqual(['es/alpha', 'es/beta', 'it/alpha', 'it/gamma'])
    expect(new Set(report.diagnostics.map((diagnostic) => `${diagnostic.locale}/${diagnostic.page}`))).toEqual(new Set(['es/alpha', 'it/alpha', 'es/beta']))
    // Spanish beta dropped its section; the English alpha section is new since the translations' base.
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-section').map((diagnostic) => diagnostic.file)).toEqual(['content/es/beta.md'])
    const outdated = report.diagnostics.filter((diagnostic) => diagnostic.rule === 'outdated-section')
    expect(outdated.map((diagnostic) => diagnostic.file)).toEqual(['content/es/alpha.md', 'content/it/alpha.md'])
    // The base commit's hash changes with the time the temp repository was made.
    expect(outdated[0]!.message).toMatch(/^Section “Configure” \(H2\) was added to the source after this translation’s base [0-9a-f]{7}; it belongs after “Instalar”$/)
    expect(report.summary.pages).toBe(4)
    expect(stderr).toContain('4 translated pages changed since HEAD')

    const unknown = await runCli(['check', '--no-cache', '--changed-since', 'no-such-ref'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('git diff failed')
  })
})
