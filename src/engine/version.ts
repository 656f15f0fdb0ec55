import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import packageJson from '../../package.json' with {type: 'json'}

/** Lockstep's version, as reports name it. */
export const version: string = packageJson.version

// Set by scripts/bundle-cli.ts in the bundle; absent when running from the sources.
declare const __LOCKSTEP_BUILD__: string | undefined

let build: string | undefined

/**
 * What identifies this build's code, for the cache keys: two builds of one version (a CI cache
 * that `actions/cache` shares between branches) must never answer for each other. The bundle has
 * it baked in; run from the sources, it is their hash, taken once per process.
 */
export function buildId(): string {
  build ??= typeof __LOCKSTEP_BUILD__ === 'string' ? __LOCKSTEP_BUILD__ : hashSources(import.meta.dirname)
  return build
}

/** A hash of the engine's sources under `dir` and of the lock file beside its package, in a fixed order. */
export function hashSources(dir: string): string {
  const hash = createHash('sha1')
  for (const name of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort()) {
    const file = path.join(dir, name)
    if (!fs.statSync(file).isFile()) continue
    hash.update(`${name.split(path.sep).join('/')}\u0000`).update(fs.readFileSync(file)).update('\u0000')
  }
  // The parser's own version decides what a summary holds as much as Lockstep's code does.
  const lock = path.resolve(dir, '../../package-lock.json')
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock))
  return hash.digest('hex').slice(0, 16)
}
