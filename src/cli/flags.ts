/** One command-line flag: the table feeds both the parser and `--help`. */
export interface Flag {
  name: string
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
  description: string
  default?: string
  /** Allowed values, checked by the parser. */
  choices?: string[]
  /** Placeholder shown in `--help`. */
  value?: string
}

/** Flags of `lockstep check`. */
export const checkFlags: Flag[] = [
  {name: 'format', type: 'string', description: 'Report format', default: 'text', choices: ['text', 'json'], value: 'format'},
  {name: 'output', short: 'o', type: 'string', description: 'Write the report to a file instead of standard output', value: 'file'},
  {name: 'locale', short: 'l', type: 'string', multiple: true, description: 'Check only this locale (repeatable)', value: 'locale'},
  {name: 'fail-on', type: 'string', description: 'Exit 1 when a finding reaches this severity', default: 'error', choices: ['error', 'warning', 'never'], value: 'level'},
  {name: 'explain', type: 'boolean', description: 'Show how each translated section was aligned, and why'},
  {name: 'config', short: 'c', type: 'string', description: 'Config file (default: lockstep.config.{ts,mjs,js,json})', value: 'file'},
  {name: 'no-cache', type: 'boolean', description: 'Ignore and do not write the cache of page summaries'},
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'}
]

/** Render flags for `--help`. */
export function formatFlags(flags: Flag[]): string {
  const rows = flags.map((flag) => {
    const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` <${flag.value}>` : ''}`
    const extra = [flag.choices ? `one of ${flag.choices.join(', ')}` : '', flag.default ? `default: ${flag.default}` : ''].filter(Boolean).join('; ')
    return [names, `${flag.description}${extra ? ` (${extra})` : ''}`] as const
  })
  const width = Math.max(...rows.map(([names]) => names.length))
  return rows.map(([names, text]) => `  ${names.padEnd(width)}  ${text}`).join('\n')
}
