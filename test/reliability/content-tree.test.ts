import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../report/cli.ts'

const english = '# Guide\n\nIntro.\n\n## Install\n\nRun `npm i`.\n'
const spanish = '# Guía\n\nIntro.\n\n## Instalar\n\nEjecuta `npm i`.\n'
const secret = 'AWS_SECRET_ACCESS_KEY=do-not-leak-this'

/** A project folder with a config and a content tree; `extra` files are written relative to the project. */
async function project(extra: Record<string, string> = {}): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-tree-'))
  const files = {'lockstep.config.json': '{}', 'content/en/guide.md': english, 'content/es/guide.md': spanish, ...extra}
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), {recursive: true})
    await fs.writeFile(path.join(root, name), text)
  }
  return root
}

describe('symbolic links out of the project', () => {
  it('are reported with the link’s path and never read, in any format', async () => {
    const elsewhere = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-elsewhere-'))
    await fs.writeFile(path.join(elsewhere, 'creds.md'), `# ${secret}\n\n${secret}\n`)
    await fs.mkdir(path.join(elsewhere, 'folder'))
    await fs.writeFile(path.join(elsewhere, 'folder/more.md'), `# ${secret}\n`)
    const root = await project({'shared/inside.md': english})
    await fs.symlink(path.join(elsewhere, 'creds.md'), path.join(root, 'content/es/leak.md'))
    await fs.symlink(path.join(elsewhere, 'creds.md'), path.join(root, 'content/en/leak.md'))
    await fs.symlink(path.join(elsewhere, 'folder'), path.join(root, 'content/en/folder'))
    // A link inside the project is still followed.
    await fs.symlink('../../shared/inside.md', path.join(root, 'content/en/inside.md'))

    const outputs = ['text', 'json', 'markdown', 'github', 'sarif', 'junit'].map((format) => path.join(root, `out/report.${format}`))
    const {code, stdout, stderr} = await runCli(['check', ...['text', 'json', 'markdown', 'github', 'sarif', 'junit'].flatMap((format, index) => ['--format', format, '--output', outputs[index]!]), '--format', 'text'], root)
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const written = [stdout, ...(await Promise.all(outputs.map((file) => fs.readFile(file, 'utf8'))))]
    for (const text of written) expect(text).not.toContain('do-not-leak-this')
    const report = JSON.parse(written[2]!) as {diagnostics: Array<{file: string; rule: string; message: string}>; pages: Array<{page: string; locale: string}>}
    const outside = report.diagnostics.filter((diagnostic) => diagnostic.message.startsWith('Symbolic link to a path outside the project folder'))
    expect(outside.map((diagnostic) => [diagnostic.rule, diagnostic.file])).toEqual([
      ['parse-error', 'content/en/folder'],
      ['parse-error', 'content/en/leak.md'],
      ['parse-error', 'content/es/leak.md']
    ])
    expect(report.pages.filter((page) => page.page === 'leak' || page.page.startsWith('folder'))).toEqual([])
    expect(report.pages.some((page) => page.page === 'inside')).toBe(true)
    await fs.rm(root, {recursive: true})
    await fs.rm(elsewhere, {recursive: true})
  })
})

describe('a folder that cannot be read', () => {
  it('is reported with its path and reason, and the run goes on', async () => {
    const root = await project({'content/es/private/secret.md': spanish, 'content/en/private/secret.md': english})
    await fs.chmod(root, 0o755)
    await fs.chmod(path.join(root, 'content/es/private'), 0o000)
    // Root reads any folder whatever its mode: the check then runs as `nobody`, for a real EACCES.
    const asNobody = process.getuid?.() === 0
    const result = await new Promise<{code: number; stdout: string; stderr: string}>((resolve) => {
      const cli = path.resolve(import.meta.dirname, '../../src/cli/run.ts')
      const command = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath]
      execFile(command[0]!, [...command.slice(1), cli, 'check', '--format', 'json', '--no-cache'], {cwd: root}, (error, stdout, stderr) => resolve({code: error ? Number(error.code) : 0, stdout, stderr}))
    })
    await fs.chmod(path.join(root, 'content/es/private'), 0o755)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as {diagnostics: Array<{file: string; rule: string; message: string}>; pages: Array<{page: string; locale: string; status: string}>}
    expect(report.diagnostics.filter((diagnostic) => diagnostic.file === 'content/es/private').map((diagnostic) => [diagnostic.rule, diagnostic.message])).toEqual([['parse-error', 'Cannot read folder: EACCES: permission denied']])
    expect(report.pages.find((page) => page.locale === 'es' && page.page === 'guide')?.status).toBe('translated')
    expect(result.code).toBe(1)
    await fs.rm(root, {recursive: true})
  })
})
