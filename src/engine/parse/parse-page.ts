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
import {measureNesting, type Nesting} from './measure-nesting.ts'
import {parseFrontmatter, type Frontmatter} from './parse-frontmatter.ts'
import {indentShortcodeRegions, unindentPositions, type IndentedText} from './shortcode/indent-regions.ts'

/** A parsed page: its tree (unless it could not be parsed), front matter, and problems. */
export interface ParsedPage {
  tree?: Root
  value: string
  frontmatter: Frontmatter
  problems: PageProblem[]
}

const processors = new Map<string, PageProcessor>()

/**
 * Structure parsed at most: far beyond real pages (the three corpora reach 9 levels, 900
 * container lines, contained paragraphs of 227 lines and 4 braces) and far below what stalls the
 * parser. Limits of the page, not of the machine: the same page is always refused or always checked.
 */
const limits = {
  /** List and quote nesting. */
  depth: 100,
  /** Containers summed over lines (`Nesting.containerLines`). */
  containerLines: 50_000,
  /** Lines of one paragraph in a list item or a quote. */
  paragraphLines: 2_000,
  /** `{` nesting of MDX expressions. */
  braces: 100
}

/**
 * Decode and parse one page with Lockstep's pipeline, then apply the transforms that make
 * every form of a thing one node: explicit ids, heading shortcodes, rendered equivalences.
 *
 * Never throws for bad input: a binary file, invalid UTF-8, invalid MDX or a page nested too
 * deep for the parser is a `parse-error` with its line, and the run goes on.
 */
export function parsePage(bytes: Uint8Array, options: {path: string; mdx: boolean; config: Config; directives?: boolean}): ParsedPage {
  try {
    return readPage(bytes, options)
  } catch (error) {
    // A bug of ours or of a parser plugin on some input: that page is reported, the run goes on.
    return {value: '', frontmatter: emptyFrontmatter(), problems: [{ruleId: 'parse-error', message: `Cannot parse: ${(error as Error).message}`, line: 1, column: 1}]}
  }
}

function emptyFrontmatter(): Frontmatter {
  return {data: null, lines: {}, problems: []}
}

function readPage(bytes: Uint8Array, options: {path: string; mdx: boolean; config: Config; directives?: boolean}): ParsedPage {
  const problems: PageProblem[] = []
  const empty = emptyFrontmatter()
  if (isBinary(bytes)) {
    return {value: '', frontmatter: empty, problems: [{ruleId: 'parse-error', message: 'Binary file: not a text page', line: 1, column: 1}]}
  }
  let value = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  // CR alone ends a line too (CommonMark; old Mac editors): as LF, the YAML front matter and every
  // line-based scan read it like the parser does. Same length, so every offset stays.
  if (value.includes('\r')) value = value.replace(/\r(?!\n)/g, '\n')
  if (!isUtf8(bytes)) {
    const bad = value.indexOf('\uFFFD')
    const before = value.slice(0, Math.max(bad, 0))
    const line = before.split('\n').length
    problems.push({ruleId: 'parse-error', message: 'Invalid UTF-8: undecodable bytes were replaced by U+FFFD', line, column: bad - before.lastIndexOf('\n')})
  }
  if (value.charCodeAt(0) === 0xfeff) value = value.slice(1)
  const nul = value.indexOf('\u0000')
  if (nul !== -1) {
    // CommonMark reads NUL as U+FFFD; said once, where the first one is.
    const count = value.split('\u0000').length - 1
    const before = value.slice(0, nul)
    problems.push({ruleId: 'parse-error', message: count === 1 ? 'NUL character (U+0000) in the text' : `${count} NUL characters (U+0000) in the text, the first here`, line: before.split('\n').length, column: nul - before.lastIndexOf('\n')})
    value = value.replaceAll('\u0000', '\uFFFD')
  }

  const {config} = options
  const key = `${options.mdx ? 'mdx' : 'md'}${options.directives ? '+directives' : ''}`
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor({mdx: options.mdx, paired: config.shortcodes.paired, directives: options.directives ?? false})
    processors.set(key, processor)
  }

  const nesting = measureNesting(value, {mdx: options.mdx})
  const refused = tooNested(nesting)
  if (refused) {
    problems.push(refused)
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

  let file = new VFile({path: options.path, value: parsedValue})
  let tree: Root
  let indented: IndentedText | undefined
  try {
    tree = processor.runSync(processor.parse(file), file)
    // Hugo keeps a `{{< … >}}` region where its opening tag is: parse again with its lines
    // indented into the list item that holds it, then put every position back on the page as written.
    indented = options.mdx ? undefined : indentShortcodeRegions(parsedValue, tree)
    if (indented) {
      file = new VFile({path: options.path, value: indented.text})
      tree = processor.runSync(processor.parse(file), file)
      unindentPositions(tree, indented, parsedValue)
    }
    headingIds(tree)
    headingShortcodes(tree, config.shortcodes.headings)
    equivalences(tree, config.equivalences)
  } catch (error) {
    const cause = error as {line?: number; column?: number; place?: {line?: number; column?: number}; message: string; reason?: string}
    const overflow = error instanceof RangeError
    problems.push({
      ruleId: 'parse-error',
      message: overflow ? 'Page is nested too deeply to parse' : `Cannot parse: ${cause.reason ?? cause.message}`,
      // A stack overflow has no place: the deepest nesting is where it comes from.
      line: cause.line ?? cause.place?.line ?? (overflow ? Math.max(nesting.line, nesting.braceLine, 1) : 1),
      column: cause.column ?? cause.place?.column ?? 1
    })
    return {value, frontmatter: empty, problems}
  }

  for (const message of file.messages) {
    const line = message.line ?? 1
    problems.push({
      ruleId: 'parse-error',
      message: message.reason,
      line,
      column: Math.max(1, (message.column ?? 1) - (indented?.added[line - 1] ?? 0))
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

/**
 * Whether bytes are a binary file rather than a text page with a stray control byte: git's test
 * (a NUL in the first 8,000 bytes) calls a page with one NUL binary. Here a NUL is needed, and
 * then bytes that are not UTF-8 (an image) or control bytes making a tenth of the start (UTF-16,
 * where every other byte is NUL).
 */
function isBinary(bytes: Uint8Array): boolean {
  const start = bytes.subarray(0, 8000)
  if (!start.includes(0)) return false
  if (!isUtf8(bytes)) return true
  let controls = 0
  // TAB, LF, FF, CR and ESC occur in text; the other C0 bytes do not.
  for (const byte of start) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++
  return controls * 10 > start.length
}

/** The problem of a page past a structural limit, at the line of its nesting; `undefined` within them. */
function tooNested(nesting: Nesting): PageProblem | undefined {
  const at = (line: number) => ({ruleId: 'parse-error' as const, line: Math.max(line, 1), column: 1})
  if (nesting.depth > limits.depth) return {...at(nesting.line), message: `Nested ${nesting.depth} levels deep (more than ${limits.depth}): not parsed`}
  if (nesting.containerLines > limits.containerLines) {
    return {...at(nesting.line), message: `Lists and quotes nested over too many lines (${nesting.containerLines} line-levels, more than ${limits.containerLines}): not parsed`}
  }
  if (nesting.paragraphLines > limits.paragraphLines) {
    return {...at(nesting.paragraphLine), message: `A paragraph in a list or quote runs over ${nesting.paragraphLines} lines (more than ${limits.paragraphLines}): not parsed`}
  }
  if (nesting.braces > limits.braces) return {...at(nesting.braceLine), message: `Expression braces nested ${nesting.braces} deep (more than ${limits.braces}): not parsed`}
  return undefined
}
