import {isUtf8} from 'node:buffer'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {Config} from '../config/schema.ts'
import type {PageProblem} from '../sections/types.ts'
import {createProcessor, type PageProcessor} from './create-processor.ts'
import {equivalences} from './equivalences.ts'
import {findMarkupErrors} from './find-markup-errors.ts'
import {headingIds} from './heading-ids.ts'
import {headingShortcodes} from './heading-shortcodes.ts'
import {measureNesting} from './measure-nesting.ts'
import {parseFrontmatter, type Frontmatter} from './parse-frontmatter.ts'

/** A parsed page: its tree (unless it could not be parsed), front matter, and problems. */
export interface ParsedPage {
  tree?: Root
  value: string
  frontmatter: Frontmatter
  problems: PageProblem[]
}

const processors = new Map<string, PageProcessor>()

/** Deepest list/quote nesting parsed; real pages stay under ten. */
const maxNesting = 250

/**
 * Decode and parse one page with Lockstep's pipeline, then apply the transforms that make
 * every form of a thing one node: explicit ids, heading shortcodes, rendered equivalences.
 *
 * Never throws for bad input: a binary file, invalid UTF-8, invalid MDX or a page nested too
 * deep for the parser is a `parse-error` with its line, and the run goes on.
 */
export function parsePage(bytes: Uint8Array, options: {path: string; mdx: boolean; config: Config; directives?: boolean}): ParsedPage {
  const problems: PageProblem[] = []
  const empty: Frontmatter = {data: null, lines: {}, problems: []}
  if (bytes.subarray(0, 8000).includes(0)) {
    return {value: '', frontmatter: empty, problems: [{ruleId: 'parse-error', message: 'Binary file: not a text page', line: 1, column: 1}]}
  }
  let value = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  if (!isUtf8(bytes)) {
    const bad = value.indexOf('\uFFFD')
    const before = value.slice(0, Math.max(bad, 0))
    const line = before.split('\n').length
    problems.push({ruleId: 'parse-error', message: 'Invalid UTF-8: undecodable bytes were replaced by U+FFFD', line, column: bad - before.lastIndexOf('\n')})
  }
  if (value.charCodeAt(0) === 0xfeff) value = value.slice(1)

  const {config} = options
  const key = `${options.mdx ? 'mdx' : 'md'}${options.directives ? '+directives' : ''}`
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor({mdx: options.mdx, paired: config.shortcodes.paired, directives: options.directives ?? false})
    processors.set(key, processor)
  }

  const nesting = measureNesting(value)
  if (nesting.depth > maxNesting) {
    problems.push({ruleId: 'parse-error', message: `Nested ${nesting.depth} levels deep (more than ${maxNesting}): not parsed`, line: nesting.line, column: 1})
    return {value, frontmatter: empty, problems}
  }

  // Hugo reads front matter after leading blank lines; remark only at the very start. Move the
  // blank lines below the front matter: every body line keeps its number.
  let frontmatterShift = 0
  const leading = /^(?:[ \t]*\r?\n)+(?=(---|\+\+\+)\r?\n)/.exec(value)
  let parsedValue = value
  if (leading) {
    const fence = leading[1]!
    const close = value.indexOf(`\n${fence}`, leading[0].length + 3)
    if (close !== -1) {
      const end = value.indexOf('\n', close + 1)
      const stop = end === -1 ? value.length : end + 1
      frontmatterShift = leading[0].split('\n').length - 1
      parsedValue = value.slice(leading[0].length, stop) + leading[0] + value.slice(stop)
    }
  }

  const file = new VFile({path: options.path, value: parsedValue})
  let tree: Root
  try {
    tree = processor.runSync(processor.parse(file), file)
    headingIds(tree)
    headingShortcodes(tree, config.shortcodes.headings)
    equivalences(tree, config.equivalences)
  } catch (error) {
    const cause = error as {line?: number; column?: number; place?: {line?: number; column?: number}; message: string; reason?: string}
    const overflow = error instanceof RangeError
    problems.push({
      ruleId: 'parse-error',
      message: overflow ? 'Page is nested too deeply to parse' : `Cannot parse: ${cause.reason ?? cause.message}`,
      line: cause.line ?? cause.place?.line ?? 1,
      column: cause.column ?? cause.place?.column ?? 1
    })
    return {value, frontmatter: empty, problems}
  }

  for (const message of file.messages) {
    problems.push({
      ruleId: 'parse-error',
      message: message.reason,
      line: message.line ?? 1,
      column: message.column ?? 1
    })
  }
  const frontmatter = parseFrontmatter(tree, frontmatterShift)
  problems.push(...frontmatter.problems)
  try {
    problems.push(...findMarkupErrors(tree, value))
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  return {tree, value, frontmatter, problems}
}
