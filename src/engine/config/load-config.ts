import fs from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {z} from 'zod'
import {ConfigError} from '../errors.ts'
import {configSchema, type Config} from './schema.ts'

/** File names searched for, in order, when no config path is given. */
export const configFileNames = ['lockstep.config.ts', 'lockstep.config.mjs', 'lockstep.config.js', 'lockstep.config.json']

/** A loaded configuration, with the folder its relative paths are resolved from. */
export interface LoadedConfig {
  config: Config
  /** Absolute path of the config file, if one was found. */
  file?: string
  /** Folder relative paths in the config resolve from. */
  cwd: string
}

/**
 * Find, read and validate the configuration.
 *
 * Throws a `ConfigError` naming the file and each invalid key, so the CLI can exit with 2.
 */
export async function loadConfig(options: {cwd?: string; file?: string; overrides?: Record<string, unknown>} = {}): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd ?? '.')
  let file: string | undefined
  if (options.file) {
    file = path.resolve(cwd, options.file)
    if (!(await exists(file))) throw new ConfigError(`Config file not found: ${options.file}`)
  } else {
    for (const name of configFileNames) {
      const candidate = path.join(cwd, name)
      if (await exists(candidate)) {
        file = candidate
        break
      }
    }
  }

  const raw = file ? await readConfigFile(file) : {}
  const input = {...(raw as object), ...options.overrides}
  return {config: validateConfig(input, file), file, cwd: file ? path.dirname(file) : cwd}
}

/** Validate a plain object against the schema, turning zod issues into one readable `ConfigError`. */
export function validateConfig(input: unknown, file = 'config'): Config {
  const result = configSchema.safeParse(input)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)'
    return `  ${where}: ${issue.message}`
  })
  throw new ConfigError(`Invalid configuration in ${path.basename(file)}:\n${lines.join('\n')}`)
}

async function readConfigFile(file: string): Promise<unknown> {
  try {
    if (file.endsWith('.json')) return JSON.parse(await fs.readFile(file, 'utf8'))
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {default?: unknown}
    return module.default ?? {}
  } catch (error) {
    throw new ConfigError(`Cannot read ${path.basename(file)}: ${(error as Error).message}`)
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file)
    return true
  } catch {
    return false
  }
}

/** JSON schema of the configuration, for editors (`lockstep.schema.json`). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, {io: 'input'})
}
