/** An error in the user's configuration or command line: the CLI exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A configuration file that could not be read or is invalid. */
export class ConfigError extends UsageError {
  override name = 'ConfigError'
}
