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

const formatFlag: Flag = {
  name: 'format',
  type: 'string',
  multiple: true,
  description: 'Report format: text, json, sarif, github, markdown or junit; `format=file` writes it to a file (repeatable)',
  default: 'text',
  value: 'format'
}
const outputFlag: Flag = {name: 'output', short: 'o', type: 'string', multiple: true, description: 'Write the report to a file instead of standard output (one per --format, in order)', value: 'file'}
const linkBaseFlag: Flag = {name: 'link-base', type: 'string', description: 'Prefix of file links in the markdown report, e.g. https://github.com/o/r/blob/<sha>/', value: 'url'}
const failOnFlag: Flag = {name: 'fail-on', type: 'string', description: 'Exit 1 when a finding reaches this severity', default: 'error', choices: ['error', 'warning', 'never'], value: 'level'}

/** Flags of `lockstep check`. */
export const checkFlags: Flag[] = [
  formatFlag,
  outputFlag,
  {name: 'locale', short: 'l', type: 'string', multiple: true, description: 'Check only this locale (repeatable)', value: 'locale'},
  {name: 'fail-on', type: 'string', description: 'Exit 1 when a finding reaches this severity', default: 'error', choices: ['error', 'warning', 'never'], value: 'level'},
  {name: 'explain', type: 'boolean', description: 'Show how each translated section was aligned, and why'},
  {name: 'config', short: 'c', type: 'string', description: 'Config file (default: lockstep.config.{ts,mjs,js,json})', value: 'file'},
  {name: 'no-cache', type: 'boolean', description: 'Ignore and do not write the caches (page summaries, results, history) in .lockstep-cache/'},
  {name: 'changed-since', type: 'string', description: 'Check only pages whose file or source page changed since this git ref (and untracked ones)', value: 'ref'},
  {name: 'shard', type: 'string', description: 'Check only shard i of n (pages split by a stable hash); combine the JSON reports with merge-reports', value: 'i/n'},
  {name: 'baseline', type: 'string', description: 'Report only findings not recorded in this baseline file', value: 'file'},
  {name: 'write-baseline', type: 'string', description: 'Record the current findings as a baseline file', value: 'file'},
  {name: 'page-timeout', type: 'string', description: 'Skip a page a parser thread takes longer than this to read, and exit 3', default: '60', value: 'seconds'},
  linkBaseFlag,
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

/** Flags of `lockstep merge-reports`. */
export const mergeFlags: Flag[] = [
  formatFlag,
  outputFlag,
  failOnFlag,
  linkBaseFlag,
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'}
]

/** Flags of `lockstep conventions`. */
export const conventionsFlags: Flag[] = [
  {name: 'format', type: 'string', description: 'Output format', default: 'text', choices: ['text', 'json'], value: 'format'},
  {name: 'all', type: 'boolean', description: 'List every candidate, not only the ten with the most support'},
  {name: 'locale', short: 'l', type: 'string', multiple: true, description: 'Learn only from this locale (repeatable)', value: 'locale'},
  {name: 'config', short: 'c', type: 'string', description: 'Config file (default: lockstep.config.{ts,mjs,js,json})', value: 'file'},
  {name: 'no-cache', type: 'boolean', description: 'Ignore and do not write the caches in .lockstep-cache/'},
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'}
]
