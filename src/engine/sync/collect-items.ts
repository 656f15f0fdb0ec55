import type {Nodes, Root} from 'mdast'
import type {ShortcodeFields} from '../parse/shortcode/index.ts'
import {numberPattern} from '../sections/build-sections.ts'
import type {SectionSummary} from '../sections/types.ts'
import {isMechanicalAttribute} from './mechanical-attribute.ts'
import type {Item} from './types.ts'

/**
 * The items of a parsed page that sync may carry over, by section index, each with its exact
 * range in `text` (the file as read, BOM included). `tree` must be parsed from `text` (less a
 * BOM); items whose range does not hold their text are left out, so an edit never lands beside.
 */
export function collectItems(text: string, tree: Root, sections: readonly SectionSummary[]): Item[][] {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const bySection: Item[][] = sections.map(() => [])
  const sectionOf = (line: number) => {
    let index = 0
    for (let at = 1; at < sections.length && sections[at]!.line <= line; at++) index = at
    return index
  }
  const add = (kind: Item['kind'], start: number, end: number, line: number, column: number, context?: string) => {
    if (start < 0 || end > text.length || start >= end) return
    const quote = quoteDepth(text, start)
    bySection[sectionOf(line)]!.push({kind, raw: text.slice(start, end), start, end, column, ...(quote > 0 ? {quote} : {}), ...(context === undefined ? {} : {context})})
  }
  const blocks: Array<{start: number; end: number}> = []
  // A component attribute outside any paragraph (a flow tag such as `<Card …>`) is compared with its tag.
  const tagContexts = new Map<Item, string>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position?.start.offset !== undefined && position.end.offset !== undefined) {
      const start = position.start.offset + shift
      const end = position.end.offset + shift
      const {line, column} = position.start
      switch (node.type) {
        case 'code':
          add('code', start, end, line, column)
          continue
        case 'inlineCode':
          add('inline-code', start, end, line, column)
          continue
        case 'link': {
          const last = node.children.at(-1)?.position?.end.offset
          const textEnd = last === undefined ? start + 1 : last + shift
          const destination = destinationAt(text, textEnd, end)
          if (destination) add('link', destination.start, destination.end, line, column)
          break
        }
        case 'definition': {
          const match = /^\[(?:[^\]\\]|\\.)*\]:[ \t]*(?:\r?\n[ \t]*)?(<[^>\n]*>|\S+)/.exec(text.slice(start, end))
          if (match) add('link', start + match.index + match[0].length - match[1]!.length, start + match.index + match[0].length, line, column, node.label ?? node.identifier)
          continue
        }
        case 'paragraph':
        case 'tableCell':
          blocks.push({start, end})
          break
        case 'heading': {
          blocks.push({start, end})
          const id = node.data?.id
          const raw = text.slice(start, end)
          const at = id ? raw.lastIndexOf(`{#${id}`) : -1
          if (id && at !== -1) add('heading-id', start + at + 2, start + at + 2 + id.length, line, column)
          break
        }
        case 'text':
          // Only where the text is written as is (no escapes or entities), so offsets match.
          if (text.slice(start, end) === node.value) {
            for (const match of node.value.matchAll(numberPattern)) add('number', start + match.index, start + match.index + match[0].length, line, column)
          }
          continue
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const found = attributeItems(text, shift, node.name, node.attributes)
          for (const item of found) {
            bySection[sectionOf(item.line)]!.push(item.item)
            tagContexts.set(item.item, found.context)
          }
          break
        }
        default: {
          const shortcode = node as unknown as Partial<ShortcodeFields> & {type: string}
          if ((node.type as string) === 'shortcodeFlow' || (node.type as string) === 'shortcodeText') {
            if (!shortcode.closing && shortcode.raw && text.startsWith(shortcode.raw, start)) add('shortcode', start, start + shortcode.raw.length, line, column)
          }
        }
      }
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  for (const items of bySection) {
    items.sort((a, b) => a.start - b.start)
    for (const item of items) {
      // A prose attribute is never carried: it needs no context, and paired as it stands it can say why.
      if (item.kind === 'code' || item.prose || item.context !== undefined) continue
      let block: {start: number; end: number} | undefined
      for (const each of blocks) if (each.start <= item.start && item.end <= each.end && (!block || each.end - each.start < block.end - block.start)) block = each
      if (block) item.context = masked(text, block, items)
      else if (tagContexts.has(item)) item.context = tagContexts.get(item)!
    }
  }
  return bySection
}

/** The blockquote markers (`>`) before `at` on its line. */
function quoteDepth(text: string, at: number): number {
  const prefix = /^(?:[ \t]*>)*/.exec(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))![0]
  return prefix.split('>').length - 1
}

/** A block's text as written, every item in it masked and whitespace collapsed (re-wrapping is no change). */
function masked(text: string, block: {start: number; end: number}, items: readonly Item[]): string {
  let result = ''
  let at = block.start
  for (const item of items) {
    // A prose attribute stays as written: a title rewritten along with an icon is a rewrite.
    if (item.prose || item.start < at || item.end > block.end) continue
    result += text.slice(at, item.start) + '\u0000'
    at = item.end
  }
  return (result + text.slice(at, block.end)).replace(/\s+/g, ' ').trim()
}

/**
 * The string-valued attributes of a component tag as items (`slot` `Card icon`, `raw` the quoted
 * value as written), each with the line it starts on, and the tag as context: its name and every
 * attribute but the mechanical values. A value written with entities or across container
 * prefixes (`> `) does not read as it is written, and is left out.
 */
function attributeItems(text: string, shift: number, name: string | null, attributes: ReadonlyArray<{type: string; name?: string; value?: unknown; position?: {start: {line: number; column: number; offset?: number}; end: {offset?: number}}}>): Array<{item: Item; line: number}> & {context: string} {
  const found: Array<{item: Item; line: number}> = []
  const parts = [name ?? '']
  for (const attribute of attributes) {
    const value = attribute.value
    const start = attribute.position?.start.offset
    const end = attribute.position?.end.offset
    const literal = attribute.type === 'mdxJsxAttribute' && typeof value === 'string' && start !== undefined && end !== undefined ? /^([^\s=]+)\s*=\s*(["'])([^]*)\2$/.exec(text.slice(start + shift, end + shift)) : null
    if (!name || !literal || typeof value !== 'string' || literal[3] !== value) {
      parts.push(attribute.type === 'mdxJsxAttribute' ? `${attribute.name}=${typeof value === 'string' ? JSON.stringify(value) : `{${(value as {value?: string} | null)?.value ?? ''}}`}` : `{${String(value)}}`)
      continue
    }
    const prose = !isMechanicalAttribute(attribute.name!, value)
    parts.push(`${attribute.name}=${prose ? JSON.stringify(value) : '\u0000'}`)
    const raw = literal[2]! + value + literal[2]!
    const at = end! + shift - raw.length
    const {line, column} = attribute.position!.start
    const quote = quoteDepth(text, at)
    found.push({item: {kind: 'attribute', raw, start: at, end: at + raw.length, column, ...(quote > 0 ? {quote} : {}), slot: `${name} ${attribute.name}`, ...(prose ? {prose: true as const} : {})}, line})
  }
  return Object.assign(found, {context: parts.join(' ')})
}

/** The destination of an inline link `[text](dest "title")` whose text ends at `from`. */
function destinationAt(text: string, from: number, end: number): {start: number; end: number} | undefined {
  if (!text.startsWith('](', from)) return undefined
  let at = from + 2
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++
  if (text[at] === '<') {
    const close = text.indexOf('>', at)
    return close === -1 || close >= end ? undefined : {start: at, end: close + 1}
  }
  let depth = 0
  let stop = at
  for (; stop < end; stop++) {
    const char = text[stop]!
    if (char === '\\') {
      stop++
      continue
    }
    if (/\s/.test(char)) break
    if (char === '(') depth++
    if (char === ')') {
      if (depth === 0) break
      depth--
    }
  }
  return stop > at ? {start: at, end: stop} : undefined
}
