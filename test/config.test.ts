import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {configJsonSchema, loadConfig, validateConfig} from '../src/engine/config/load-config.ts'
import {ConfigError} from '../src/engine/errors.ts'
import {runCli} from './report/cli.ts'

async function folderWith(name: string, text: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-config-'))
  await fs.writeFile(path.join(dir, name), text)
  return dir
}

describe('configuration', () => {
  it.each([
    ['lockstep.config.json', '{"sourceLocale": "fr", "rules": {"missing-page": "error"}}'],
    ['lockstep.config.mjs', 'export default {sourceLocale: "fr", rules: {"missing-page": "error"}}\n'],
    ['lockstep.config.ts', 'const config: {sourceLocale: string; rules: Record<string, string>} = {sourceLocale: "fr", rules: {"missing-page": "error"}}\nexport default config\n']
  ])('reads %s and fills in defaults', async (name, text) => {
    const dir = await folderWith(name, text)
    const {config, file} = await loadConfig({cwd: dir})
    expect(file).toBe(path.join(dir, name))
    expect(config.sourceLocale).toBe('fr')
    expect(config.rules).toEqual({'missing-page': 'error'})
    expect(config.contentDir).toBe('content')
    expect(config.shortcodes.headings.heading).toBe('$1')
  })

  it('names every invalid key', async () => {
    const dir = await folderWith('lockstep.config.json', '{"sourceLocal": "en", "layout": "jekyll"}')
    const error = await loadConfig({cwd: dir}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe('Invalid configuration in lockstep.config.json:\n  layout: Invalid option: expected one of "auto"|"hugo"|"starlight"\n  (root): Unrecognized key: "sourceLocal"')
  })

  it('generates a JSON schema that lists the keys', () => {
    const schema = configJsonSchema() as {properties: Record<string, unknown>; additionalProperties: boolean}
    expect(Object.keys(schema.properties)).toContain('sourceLocale')
    expect(Object.keys(schema.properties)).toContain('rules')
    expect(schema.additionalProperties).toBe(false)
  })
})

describe('an unknown rule id', () => {
  it('is a config error with the nearest id', async () => {
    expect(() => validateConfig({rules: {'missing-sectoin': 'off'}}, '/x/lockstep.config.json')).toThrow('rules.missing-sectoin: Unknown rule `missing-sectoin`; did you mean `missing-section`?')
    expect(() => validateConfig({rules: {'no-such-thing': 'off'}})).toThrow(/Unknown rule `no-such-thing` \(rules: missing-page, /)
    expect(validateConfig({rules: {'missing-section': 'off'}}).rules).toEqual({'missing-section': 'off'})
  })

  it('exits with 2 from the CLI', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-rules-'))
    await fs.mkdir(path.join(root, 'content/en'), {recursive: true})
    await fs.writeFile(path.join(root, 'content/en/guide.md'), '# Guide\n')
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({rules: {'missing-sectoin': 'off'}}))
    const {code, stderr} = await runCli(['check'], root)
    expect(code).toBe(2)
    expect(stderr).toContain('did you mean `missing-section`?')
    await fs.rm(root, {recursive: true})
  })
})

describe('exit codes', () => {
  it('a run that fails (its report cannot be written) exits with 3, never with the findings’ 1', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-exit-'))
    await fs.mkdir(path.join(root, 'content/en'), {recursive: true})
    await fs.writeFile(path.join(root, 'content/en/guide.md'), '# Guide\n')
    const {code, stderr} = await runCli(['check', '--format', 'json=/dev/null/report.json'], root)
    expect(code).toBe(3)
    expect(stderr).toMatch(/^lockstep: E[A-Z]+: [^\n]*\n$/)
    await fs.rm(root, {recursive: true})
  })
})
