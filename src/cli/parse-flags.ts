import {parseArgs} from 'node:util'
import {UsageError} from '../engine/errors.ts'
import type {Flag} from './flags.ts'

/** Parsed flags and positional arguments. */
export interface ParsedFlags {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** Parse argv against a flag table; unknown flags and bad values are `UsageError`s (exit 2). */
export function parseFlags(argv: string[], flags: Flag[]): ParsedFlags {
  const options: Record<string, {type: 'string' | 'boolean'; multiple?: boolean; short?: string}> = {}
  for (const flag of flags) {
    options[flag.name] = {type: flag.type}
    if (flag.multiple) options[flag.name]!.multiple = true
    if (flag.short) options[flag.name]!.short = flag.short
  }
  let parsed
  try {
    parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const values = parsed.values as ParsedFlags['values']
  for (const flag of flags) {
    if (values[flag.name] === undefined && flag.default !== undefined) values[flag.name] = flag.default
    const value = values[flag.name]
    if (flag.choices && typeof value === 'string' && !flag.choices.includes(value)) {
      throw new UsageError(`Invalid value for --${flag.name}: \`${value}\` (expected one of ${flag.choices.join(', ')})`)
    }
  }
  return {values, positionals: parsed.positionals}
}
