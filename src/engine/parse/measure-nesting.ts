/** What decides how long micromark takes on a page, measured from its lines without parsing it. */
export interface Nesting {
  /** Deepest container nesting (list items, block quotes) … */
  depth: number
  /** … and the first line that deep. */
  line: number
  /**
   * Containers summed over lines: micromark re-enters every open container on every line, so
   * 250 block quotes deep for 8,000 lines costs as much as 2,000,000 lines of one.
   */
  containerLines: number
  /**
   * Longest paragraph in a list item or a quote, in lines: micromark takes time with the square
   * of it (a list item followed by 10,000 lazy lines: 20 s) …
   */
  paragraphLines: number
  /** … and its first line. */
  paragraphLine: number
  /** Deepest nesting of `{` in MDX expressions (MDX pages only) … */
  braces: number
  /** … and the first line that deep. */
  braceLine: number
}

/**
 * Measure a page's nesting with a cheap scan of line prefixes: `- - - x` and `>>> x` open
 * three containers on one line, and indentation continues at most one list per tab or per two
 * spaces. Lines of fenced code count only the containers they are in, not their indentation. micromark's cost grows with the square of the depth and with
 * the lines each container spans, and acorn's with the depth of braces, so pages past a limit of
 * each are reported instead of parsed: the same page is always refused or always checked.
 */
export function measureNesting(value: string, options: {mdx: boolean}): Nesting {
  const nesting: Nesting = {depth: 0, line: 0, containerLines: 0, paragraphLines: 0, paragraphLine: 0, braces: 0, braceLine: 0}
  let fence: {char: string; length: number} | undefined
  // The paragraph being read: its lines so far (0 when none is open), its first line, and whether it is in a container.
  let paragraph = {lines: 0, start: 0, contained: false}
  let braces = 0
  let lineNumber = 0
  // Front matter is data, not Markdown (a long indented YAML mapping is no nested paragraph).
  let start = 0
  const frontmatter = /^(?:[ \t]*\r?\n)*(---|\+\+\+)\r?\n/.exec(value)
  if (frontmatter) {
    const close = value.indexOf(`\n${frontmatter[1]}`, frontmatter[0].length - 1)
    if (close !== -1) {
      const end = value.indexOf('\n', close + 1)
      start = end === -1 ? value.length + 1 : end + 1
      lineNumber = value.slice(0, start).split('\n').length - 1
    }
  }
  while (start <= value.length) {
    lineNumber++
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    const prefix = containerPrefix(value, start, end)
    const content = value.slice(prefix.end, Math.min(end, prefix.end + 1000))
    const fenceMark = /^(`{3,}|~{3,})/.exec(content)?.[1]
    let levels = prefix.markers
    if (fence) {
      if (fenceMark?.[0] === fence.char && fenceMark.length >= fence.length && content.slice(fenceMark.length).trim() === '') fence = undefined
    } else {
      levels += prefix.indent
      if (fenceMark && !(fenceMark[0] === '`' && content.slice(fenceMark.length).includes('`'))) fence = {char: fenceMark[0]!, length: fenceMark.length}
      else if (options.mdx) braces = countBraces(value, prefix.end, end, braces, nesting, lineNumber)
    }
    if (fence || fenceMark || content.trim() === '' || content.startsWith('#')) paragraph = {lines: 0, start: 0, contained: false}
    else if (prefix.listItem || paragraph.lines === 0) paragraph = {lines: 1, start: lineNumber, contained: levels > 0}
    else {
      // A line with no marker of its own continues the paragraph (lazily, in a container).
      paragraph.lines++
      paragraph.contained ||= levels > 0
    }
    if (paragraph.contained && paragraph.lines > nesting.paragraphLines) {
      nesting.paragraphLines = paragraph.lines
      nesting.paragraphLine = paragraph.start
    }
    nesting.containerLines += levels
    if (levels > nesting.depth) {
      nesting.depth = levels
      nesting.line = lineNumber
    }
    start = end + 1
  }
  return nesting
}

/** The container markers at the start of a line (`>`, `-`, `*`, `+`, `1.`, `1)`), the list levels its indentation can continue, and where its content starts. */
function containerPrefix(value: string, start: number, end: number): {markers: number; listItem: boolean; indent: number; end: number} {
  let markers = 0
  let listItem = false
  let indent = -1
  let index = start
  for (;;) {
    let tabs = 0
    let spaces = 0
    while (index < end && (value[index] === ' ' || value[index] === '\t')) {
      if (value[index] === '\t') tabs++
      else spaces++
      index++
    }
    // A list level is indented by a tab or by two spaces or more.
    if (indent === -1) indent = tabs + Math.floor(spaces / 2)
    const char = value[index]
    let after = index
    if (char === '>') after = index + 1
    else if ((char === '-' || char === '*' || char === '+') && isBlank(value, index + 1, end)) after = index + 1
    else {
      while (after < end && after - index < 9 && value.charCodeAt(after) >= 48 && value.charCodeAt(after) <= 57) after++
      if (after === index || (value[after] !== '.' && value[after] !== ')') || !isBlank(value, after + 1, end)) break
      after++
    }
    markers++
    listItem ||= char !== '>'
    index = after
  }
  return {markers, listItem, indent, end: index}
}

function isBlank(value: string, index: number, end: number): boolean {
  return index >= end || value[index] === ' ' || value[index] === '\t' || value[index] === '\r'
}

/** Follow `{` and `}` through one line of an MDX page (outside code spans), recording the deepest point. */
function countBraces(value: string, start: number, end: number, depth: number, nesting: Nesting, line: number): number {
  for (let index = start; index < end; index++) {
    const char = value[index]
    if (char === '\\') index++
    else if (char === '`') {
      let run = index
      while (run < end && value[run] === '`') run++
      const ticks = value.slice(index, run)
      const close = value.indexOf(ticks, run)
      index = close !== -1 && close < end && value[close + ticks.length] !== '`' ? close + ticks.length - 1 : run - 1
    } else if (char === '{') {
      depth++
      if (depth > nesting.braces) {
        nesting.braces = depth
        nesting.braceLine = line
      }
    } else if (char === '}' && depth > 0) depth--
  }
  return depth
}
