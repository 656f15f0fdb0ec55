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
    // Vitest sets NODE_ENV=test, which Vite reads as a dev build: Starlight would leave search out.
    env: {...process.env, NODE_ENV: 'production', ...(lockstepRoot ? {LOCKSTEP_ROOT: lockstepRoot} : {}), ...env}
  })
}
