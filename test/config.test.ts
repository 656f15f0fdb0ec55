import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {configJsonSchema, loadConfig} from '../src/engine/config/load-config.ts'
import {ConfigError} from '../src/engine/errors.ts'

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
