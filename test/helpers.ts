import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {check, type CheckResult} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import type {UserConfig} from '../src/engine/config/schema.ts'

/** Write a content tree (`{'en/guide.md': '…'}`) into a fresh temp folder and return its path. */
export async function writeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lockstep-'))
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(root, 'content', name)
    await fs.mkdir(path.dirname(file), {recursive: true})
    await fs.writeFile(file, value)
  }
  return root
}

/** Check a content tree written by `writeTree`. */
export async function checkTree(root: string, config: UserConfig = {}): Promise<CheckResult> {
  return check({config: validateConfig(config), cwd: root})
}

/** Check files given inline. */
export async function checkFiles(files: Record<string, string | Uint8Array>, config: UserConfig = {}): Promise<CheckResult> {
  return checkTree(await writeTree(files), config)
}
