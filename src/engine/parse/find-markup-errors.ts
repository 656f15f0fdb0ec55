import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {PageProblem} from '../sections/types.ts'

/** `** text **` / `__ text __`: CommonMark makes no emphasis when the inside starts or ends with a space. */
const spacedStrong = /(\*\*|__)[ \t]+[^*_\n]*?\S[ \t]*\1|(\*\*|__)[^*_\n]*?\S[ \t]+\2(?![*_])/g

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

  visit(tree, (node) => {
    if (node.type === 'code') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const raw = value.slice(start, end)
      const fence = /^[ \t]*(`{3,}|~{3,})/.exec(raw)
      if (!fence) return
      const lines = raw.trimEnd().split(/\r?\n/)
      const last = lines.at(-1)!.trim()
      const closed = lines.length > 1 && last.startsWith(fence[1]!) && /^(`+|~+)$/.test(last)
      if (!closed) {
        problems.push({ruleId: 'markup-error', message: `Unclosed code fence \`${fence[1]}\`: everything after it renders as code`, ...place(start)})
      }
      return
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const raw = value.slice(start, end)
    // Code spans may legitimately hold `** x **`.
    const masked = raw.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length))
    for (const match of masked.matchAll(spacedStrong)) {
      problems.push({
        ruleId: 'markup-error',
        message: `\`${match[0]}\` does not render as bold: remove the spaces inside the \`${match[1] ?? match[2]}\``,
        ...place(start + match.index)
      })
    }
    return 'skip'
  })
  return problems
}
