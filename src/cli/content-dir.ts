import fs from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from '../engine/errors.ts'

/** The content folder a command checks: its argument, else the config's; a usage error when it is not a folder. */
export async function contentDirOf(argument: string | undefined, configDir: string, configured: string, cwd: string): Promise<string> {
  const contentDir = argument ? path.resolve(cwd, argument) : path.resolve(configDir, configured)
  try {
    const stat = await fs.stat(contentDir)
    if (!stat.isDirectory()) throw new Error('not a folder')
  } catch {
    throw new UsageError(`Content folder not found: ${path.relative(cwd, contentDir) || contentDir}`)
  }
  return contentDir
}
