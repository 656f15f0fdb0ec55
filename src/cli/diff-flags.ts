import {minSideBySideWidth} from '../engine/report/min-side-by-side-width.ts'
import type {Flag} from './flags.ts'

/** Flags of `lockstep diff` (beside `checkFlags`, so the two commands' tables stay apart). */
export const diffFlags: Flag[] = [
  {name: 'context', short: 'U', type: 'string', description: 'Unchanged source lines shown around each change', default: '2', value: 'lines'},
  {name: 'width', type: 'string', description: `Columns to lay out in: at ${minSideBySideWidth} or more, each source diff beside its translated section; 0 stacks them (default: the terminal's width, else 100)`, value: 'columns'},
  {name: 'all', type: 'boolean', description: 'Also show unchanged sections and their translations'},
  {name: 'format', type: 'string', description: 'Output format', default: 'text', choices: ['text', 'json'], value: 'format'},
  {name: 'config', short: 'c', type: 'string', description: 'Config file (default: lockstep.config.{ts,mjs,js,json})', value: 'file'},
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'}
]
