import {formatGithub} from './format-github.ts'
import {formatJson} from './format-json.ts'
import {formatJunit} from './format-junit.ts'
import {formatMarkdown} from './format-markdown.ts'
import {formatSarif} from './format-sarif.ts'
import {formatText} from './format-text.ts'
import type {Report} from './types.ts'

/** What every reporter may be given; each takes the options that concern it. */
export interface FormatOptions {
  /** ANSI colours (text to a terminal). */
  color?: boolean
  /** Show alignments (text). */
  explain?: boolean
  /** Prefix of file links (markdown). */
  linkBase?: string
  /** Extra lines for the human formats (baseline and changed-pages notes). */
  notes?: string[]
}

/** A report format's name. */
export type FormatName = 'text' | 'json' | 'sarif' | 'github' | 'markdown' | 'junit'

/** Every report format by name: the CLI's `--format` choices. */
export const formatters: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: (report: Report, options: FormatOptions) => formatText(report, {color: options.color, explain: options.explain, notes: options.notes}),
  json: (report: Report) => formatJson(report),
  sarif: (report: Report) => formatSarif(report),
  github: (report: Report) => formatGithub(report),
  markdown: (report: Report, options: FormatOptions) => formatMarkdown(report, {linkBase: options.linkBase, notes: options.notes}),
  junit: (report: Report) => formatJunit(report)
}
