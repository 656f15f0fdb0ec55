import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {english, makeRepo, spanish} from '../history/git-repo.ts'
import {repoRoot, runCli} from '../report/cli.ts'

describe('lockstep todo', {timeout: 180_000}, () => {
  it('ranks code before prose, names each item by a stable id, and ticks off what is back in line', async () => {
    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish.replace(/## Configurar[^]*?(?=## Ejecutar)/, ''), 'en/other.md': '# Other\n\nSee the [guide](/guide/) and [how to run it](/guide/#run).\n', 'es/other.md': '# Otra\n\nMira la [guía](/guide/) y [cómo ejecutarlo](/guide/#run).\n'})
    repo.commit('Add the pages')
    repo.write({'en/guide.md': english.replace('to add it to a project', 'to add it to any Node.js project, then commit the lockfile').replace('npx lockstep check', 'npx lockstep check --fail-on warning')})
    repo.commit('Edit the guide')

    const json = JSON.parse((await runCli(['todo', '--locale', 'es', '--format', 'json', '--no-cache'], repo.root)).stdout) as {items: Array<{id: string; category: string; work: string; section: {title: string}; behind: number; inboundLinks: number; diff: Array<{op: string; text: string}>; href: string}>}
    expect(json.items.map((item) => `${item.category} ${item.work} ${item.section.title} ${item.behind} ${item.inboundLinks}`)).toEqual(['code missing Configure 1 2', 'code outdated Run 1 2', 'prose outdated Install 1 2'])
    expect(json.items[1]!.diff).toEqual([
      {op: ' ', text: '## Run'},
      {op: ' ', text: ''},
      {op: '-', text: 'Run `npx lockstep check` and read the report carefully.'},
      {op: '+', text: 'Run `npx lockstep check --fail-on warning` and read the report carefully.'}
    ])
    expect(json.items[1]!.href).toBe('/translate/es/guide/#row-run')
    expect(new Set(json.items.map((item) => item.id)).size).toBe(3)

    const markdown = (await runCli(['todo', '--locale', 'es', '--format', 'markdown', '--no-cache'], repo.root)).stdout
    expect(markdown).toContain('- [ ] `' + json.items[1]!.id + '` content/es/guide.md: “Run” changed (code) (1 commit behind, 2 inbound links) · [side by side](/translate/es/guide/#row-run)')
    expect(markdown).toContain('  ```diff\n   ## Run\n   \n  -Run `npx lockstep check` and read the report carefully.\n  +Run `npx lockstep check --fail-on warning` and read the report carefully.\n  ```')
    expect(markdown.indexOf('## Code and commands\n\n- [ ] `' + json.items[0]!.id)).toBeLessThan(markdown.indexOf('## Prose'))
    fs.writeFileSync(path.join(repo.root, 'previous.md'), markdown)

    // The command carried over by sync; the prose left (committed so the base stays, as sync says).
    await runCli(['sync', '--write'], repo.root)
    repo.commit('Sync [skip l10n]')
    const next = (await runCli(['todo', '--locale', 'es', '--format', 'markdown', '--no-cache', '--previous', 'previous.md'], repo.root)).stdout
    expect(next).not.toContain('- [ ] `' + json.items[1]!.id + '`')
    expect(next).toContain('## Done\n\n- [x] `' + json.items[1]!.id + '` content/es/guide.md: “Run” changed (code)')
    expect(next).toContain('- [ ] `' + json.items[2]!.id + '` content/es/guide.md: “Install” changed (prose)')
    // The scaffolded section stays open, as a scaffold to translate, under the same id.
    expect(next).toContain('- [ ] `' + json.items[0]!.id + '` content/es/guide.md: “Configure” scaffolded by lockstep sync, to translate')
  })

  it('runs as docs/ci.md’s workflow runs it: an empty body first, then the body as it was, whose fixed items get ticked', async () => {
    // The `lockstep todo` command of the documented workflow, as written (continuation lines joined).
    const docs = fs.readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8')
    const workflow = docs.slice(docs.indexOf('### A work list per locale'), docs.indexOf('\n```\n', docs.indexOf('### A work list per locale')))
    const command = /npx lockstep (todo [^\n]*(?:\\\n[^\n]*)*?) > body\.md/.exec(workflow)![1]!.replace(/\\\n\s*/g, '')
    const args = [...command.replaceAll('$LOCALE', 'es').matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!)
    expect(args).toEqual(['todo', '--locale', 'es', '--format', 'markdown', '--previous', 'previous.md', '--site-url', 'https://docs.example.org'])
    expect(workflow).toContain(': > previous.md')
    expect(workflow).toContain('gh issue edit "$number" --body-file body.md')

    const repo = makeRepo()
    repo.write({'en/guide.md': english, 'es/guide.md': spanish})
    repo.commit('Add the guide')
    repo.write({'en/guide.md': english.replace('npx lockstep check', 'npx lockstep check --fail-on warning')})
    repo.commit('Edit the guide')
    fs.writeFileSync(path.join(repo.root, 'previous.md'), '')
    const first = await runCli(args, repo.root)
    expect(first.code).toBe(0)
    const [open] = /ls-[0-9a-f]{10}/.exec(first.stdout)!
    expect(first.stdout).toContain(`- [ ] \`${open}\` content/es/guide.md: “Run” changed (code) (1 commit behind, 0 inbound links) · [side by side](https://docs.example.org/translate/es/guide/#row-run)`)
    expect(first.stdout).not.toContain('## Done')

    await runCli(['sync', '--write'], repo.root)
    repo.commit('Sync the Spanish guide')
    fs.writeFileSync(path.join(repo.root, 'previous.md'), first.stdout)
    const second = await runCli(args, repo.root)
    expect(second.stdout).toContain('0 open items')
    expect(second.stdout).toContain(`## Done\n\n- [x] \`${open}\` content/es/guide.md: “Run” changed (code)`)
  })

  it('needs a locale', async () => {
    const repo = makeRepo()
    const {code, stderr} = await runCli(['todo'], repo.root)
    expect(code).toBe(2)
    expect(stderr).toBe('lockstep: Expected a locale: lockstep todo --locale <locale>\n')
  })
})
