import {execFileSync} from 'node:child_process'
import path from 'node:path'

/** The repository root: where `astro.config.mjs` is. */
export const root = path.resolve(import.meta.dirname, '../..')

/**
 * Build the Starlight site of a Lockstep project (`LOCKSTEP_ROOT`, this repository's `content/`
 * when absent) into `out`, with Astro's content cache cleared so no page of an earlier build survives.
 */
export function buildSite(out: string, lockstepRoot?: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', out, '--force'], {
    cwd: root,
    stdio: 'inherit',
    env: {...buildEnv(), ...(lockstepRoot ? {LOCKSTEP_ROOT: lockstepRoot} : {}), ...env}
  })
}

/**
 * The environment of a build started from a test: Vitest puts its own mode into `process.env`
 * (`NODE_ENV=test`, `DEV`, `MODE`…), which an Astro build started from it would take for a dev
 * build (Starlight then leaves search out).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, NODE_ENV: 'production'}
  for (const key of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'LOCKSTEP_ROOT']) delete env[key]
  return env
}
