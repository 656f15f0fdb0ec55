import type {Flag} from './flags.ts'

const configFlag: Flag = {name: 'config', short: 'c', type: 'string', description: 'Config file (default: lockstep.config.{ts,mjs,js,json})', value: 'file'}
const helpFlag: Flag = {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'}

/** Flags of `lockstep sync`. */
export const syncFlags: Flag[] = [
  {name: 'write', type: 'boolean', description: 'Apply the changes to the translations (default: print them as a unified diff)'},
  {name: 'locale', short: 'l', type: 'string', multiple: true, description: 'Sync only this locale (repeatable)', value: 'locale'},
  {name: 'repin', type: 'string', description: 'Move a pinned page’s pin to HEAD when nothing but mechanical or typo-level changes remain', default: 'mechanical', choices: ['mechanical', 'never'], value: 'when'},
  configFlag,
  helpFlag
]

/** Flags of `lockstep pin`. */
export const pinFlags: Flag[] = [
  {name: 'to', type: 'string', description: 'Commit to pin to; must be an ancestor of HEAD', default: 'HEAD', value: 'rev'},
  configFlag,
  helpFlag
]

/** Flags of `lockstep todo`. */
export const todoFlags: Flag[] = [
  {name: 'locale', short: 'l', type: 'string', description: 'The locale to list work for (required)', value: 'locale'},
  {name: 'format', type: 'string', description: 'Output format; markdown is the body of a tracking issue', default: 'text', choices: ['text', 'json', 'markdown'], value: 'format'},
  {name: 'previous', type: 'string', description: 'A previous Markdown work list (the tracking issue’s body): its items no longer open are kept, ticked', value: 'file'},
  {name: 'site-url', type: 'string', description: 'Where the Lockstep site is published, for links to the side-by-side rows (default: config `site`)', value: 'url'},
  configFlag,
  {name: 'no-cache', type: 'boolean', description: 'Ignore and do not write the caches in .lockstep-cache/'},
  helpFlag
]
