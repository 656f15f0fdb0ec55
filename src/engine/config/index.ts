export {configSchema, type Config, type UserConfig, type Severity, type Equivalence} from './schema.ts'
export {defineConfig} from './define-config.ts'
export {loadConfig, validateConfig, configJsonSchema, configFileNames, type LoadedConfig} from './load-config.ts'
