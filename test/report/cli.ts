import {execFile} from 'node:child_process'
import path from 'node:path'

const cli = path.resolve(import.meta.dirname, '../../src/cli/run.ts')

/** The repository root, whose `content/` and `lockstep.config.json` are the seed site. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')

/** Run `lockstep` from the sources in a folder; resolves with the exit code and both streams. */
export function runCli(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], {cwd, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr})
    })
  })
}
