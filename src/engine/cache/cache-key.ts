import {createHash} from 'node:crypto'
import type {Config} from '../config/schema.ts'
import {buildId, version} from '../version.ts'

/** Key of everything cached under a config: a new Lockstep version or config starts afresh. */
export function cacheKey(config: Config, locales: ReadonlySet<string>): string {
  return createHash('sha1').update(JSON.stringify([version, buildId(), config, [...locales].sort()])).digest('hex')
}
