import {diffLines, type DiffLine} from '../history/diff-lines.ts'

/**
 * A unified diff (`diff -u`) of one file's text before and after, as `lockstep sync` prints it.
 * Lines are compared without their line ending; control characters other than tab are shown as
 * U+FFFD, so a page cannot send escape codes to the terminal. Empty when nothing changed.
 */
export function formatUnifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return ''
  const old = splitLines(before)
  const now = splitLines(after)
  // Edits are local: only the middle between the common head and tail is diffed.
  let head = 0
  while (head < old.length && head < now.length && old[head] === now[head]) head++
  let tail = 0
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++
  const lines: DiffLine[] = [
    ...old.slice(0, head).map((text) => ({op: ' ' as const, text})),
    ...diffLines(old.slice(head, old.length - tail), now.slice(head, now.length - tail)),
    ...old.slice(old.length - tail).map((text) => ({op: ' ' as const, text}))
  ]
  const out = [`--- a/${file}`, `+++ b/${file}`]
  let index = 0
  let oldLine = 1
  let newLine = 1
  while (index < lines.length) {
    // The next change, and the hunk around it: changes closer than twice the context share one.
    let first = index
    while (first < lines.length && lines[first]!.op === ' ') first++
    if (first === lines.length) break
    const start = Math.max(index, first - context)
    for (let at = index; at < start; at++) {
      oldLine++
      newLine++
    }
    let end = first
    let quiet = 0
    while (end < lines.length && quiet <= context * 2) {
      quiet = lines[end]!.op === ' ' ? quiet + 1 : 0
      end++
    }
    end = Math.min(lines.length, end - Math.max(0, quiet - context))
    const hunk = lines.slice(start, end)
    const oldCount = hunk.filter((line) => line.op !== '+').length
    const newCount = hunk.filter((line) => line.op !== '-').length
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`)
    for (const line of hunk) out.push(`${line.op}${printable(line.text)}`)
    oldLine += oldCount
    newLine += newCount
    index = end
  }
  return out.join('\n') + '\n'
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, '\uFFFD')
}
