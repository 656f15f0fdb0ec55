import type {PhrasingContent, Root} from 'mdast'
import type {PageProblem} from '../sections/types.ts'
import {walkTree} from './walk-tree.ts'

/**
 * A strong delimiter run the parser left as literal text, around text meant as strong: spaces
 * just inside the markers (`** text **`), which CommonMark never makes bold. Matched in the
 * page's literal text only (see `literalText`), so `**a** und **b**` (two real bold spans) and
 * code never match. The inside must hold a letter: `2 ** 3 ** 4` is arithmetic, not bold.
 */
const spacedStrong = /(\*\*|__)(?:[ \t]+[^*_\n\uFFFC]*?\p{L}[^*_\n\uFFFC]*?|[^*_\n\uFFFC]*?\p{L}[^*_\n\uFFFC]*?[ \t]+)\1(?![*_])/gu

/**
 * Find Markdown that does not render as its author meant: spaced strong markers and code
 * fences that are never closed (everything after them becomes code).
 */
export function findMarkupErrors(tree: Root, value: string): PageProblem[] {
  const problems: PageProblem[] = []
  const lineStarts = [0]
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const place = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1}
  }

  walkTree(tree, (node) => {
    if (node.type === 'code') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const raw = value.slice(start, end)
      const fence = /^[ \t]*(`{3,}|~{3,})/.exec(raw)
      if (!fence) return
      const lines = raw.trimEnd().split(/\r?\n/)
      // Inside a block quote the closing fence line starts with the quote's `>` markers.
      const last = lines.at(-1)!.replace(/^(?:[ \t]*>)*/, '').trim()
      const closed = lines.length > 1 && last.startsWith(fence[1]!) && /^(`+|~+)$/.test(last)
      if (!closed) {
        problems.push({ruleId: 'markup-error', message: `Unclosed code fence \`${fence[1]}\`: everything after it renders as code`, ...place(start)})
      }
      return
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return
    const {text, offsets} = literalText(node.children, value)
    for (const match of text.matchAll(spacedStrong)) {
      problems.push({
        ruleId: 'markup-error',
        message: `\`${match[0]}\` does not render as bold: remove the spaces inside the \`${match[1]}\``,
        ...place(offsets[match.index]!)
      })
    }
    return 'skip'
  })
  return problems
}

/**
 * The literal text of a paragraph's direct children, as written in the source, with the source
 * offset of each character. Only `text` nodes hold literal delimiter runs (a run the parser
 * matched became a `strong` node); every other child (code, a link, a real bold span) is one
 * opaque character U+FFFC, and an escaped character (`\\*`) is masked, since it renders as itself.
 */
function literalText(children: readonly PhrasingContent[], value: string): {text: string; offsets: number[]} {
  let text = ''
  const offsets: number[] = []
  for (const child of children) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (child.type !== 'text') {
      text += '\uFFFC'
      offsets.push(start)
      continue
    }
    for (let index = start; index < end; index++) {
      const char = value[index]!
      if (char === '\\' && index + 1 < end) {
        text += 'xx'
        offsets.push(index, index + 1)
        index++
        continue
      }
      text += char
      offsets.push(index)
    }
  }
  return {text, offsets}
}
