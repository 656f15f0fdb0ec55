import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, repoRoot} from '../report/cli.ts'

const page = 'docs/concepts/architecture/control-plane-node-communication.md'

describe('lockstep sync on the seed', {timeout: 180_000}, () => {
  it('scaffolds the two sections Italian is missing in their place; the check reports them as untranslated scaffolds, not missing', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-seed-sync-'))
    try {
      fs.cpSync(path.join(repoRoot, 'content'), path.join(root, 'content'), {recursive: true})
      fs.copyFileSync(path.join(repoRoot, 'lockstep.config.json'), path.join(root, 'lockstep.config.json'))
      const before = new Map(['en', 'es', 'it', 'pt', 'ru', 'zh-cn'].map((locale) => [locale, fs.readFileSync(path.join(root, 'content', locale, page), 'utf8')]))
      const synced = await runCli(['sync', '--write'], root)
      expect(synced.code).toBe(0)
      expect(synced.stderr).toContain(`wrote content/it/${page}: 2 sections scaffolded`)
      // Nothing outside the content folder (no cache either).
      expect(fs.readdirSync(root).sort()).toEqual(['content', 'lockstep.config.json'])

      const italian = fs.readFileSync(path.join(root, 'content/it', page), 'utf8')
      const english = before.get('en')!
      const ssh = english.slice(english.indexOf('### SSH tunnels'), english.indexOf('### Konnectivity service')).trimEnd()
      const konnectivity = english.slice(english.indexOf('### Konnectivity service'), english.indexOf('{{% /capture %}}')).trimEnd()
      const marked = (section: string) => section.replace('\n\n', '\n\n<!-- lockstep:untranslated -->\n\n')
      // After the last Italian section (“apiserver to nodes, pods, and services”), inside the capture it closes.
      const anchor = 'reti pubbliche.\n\n'
      expect(italian).toBe(before.get('it')!.replace(anchor, `${anchor}${marked(ssh)}\n\n${marked(konnectivity)}\n\n`))
      for (const locale of ['en', 'es', 'pt', 'ru', 'zh-cn']) expect(fs.readFileSync(path.join(root, 'content', locale, page), 'utf8')).toBe(before.get(locale))

      const checked = await runCli(['check', '--no-cache', '--format', 'json', '--locale', 'it'], root)
      const report = JSON.parse(checked.stdout) as {diagnostics: Array<{rule: string; line: number; message: string}>}
      expect(report.diagnostics.filter((d) => d.rule === 'missing-section')).toEqual([])
      expect(report.diagnostics.filter((d) => d.rule === 'untranslated-scaffold').map((d) => `${d.line} ${d.message}`)).toEqual([
        '94 Section “SSH tunnels” (H3) is an untranslated scaffold: the source text under a `lockstep:untranslated` marker',
        '104 Section “Konnectivity service” (H3) is an untranslated scaffold: the source text under a `lockstep:untranslated` marker'
      ])
      expect(report.diagnostics.filter((d) => d.rule === 'untranslated-section' || (d.rule === 'untranslated-text' && d.line >= 94))).toEqual([])
    } finally {
      fs.rmSync(root, {recursive: true, force: true})
    }
  })
})
