import type {UserConfig} from './schema.ts'

/** Identity helper that gives editors the config's types in `lockstep.config.ts`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config
}
