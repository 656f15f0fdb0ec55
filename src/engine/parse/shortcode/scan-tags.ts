/** A shortcode tag found in a page's text, as Hugo's lexer reads it. */
export interface TagToken {
  name: string
  delimiter: '<' | '%'
  closing: boolean
  selfClosing: boolean
  /** Offsets of the tag in the text, from `{{` to past `}}`. */
  start: number
  end: number
}

/**
 * Every shortcode tag of a page's text in text order, as Hugo finds them: before Markdown, so in
 * code and across list items alike. The grammar is the micromark construct's (`factoryShortcodeTag`):
 * a name of `[A-Za-z0-9_./-]`, arguments bare, `"quoted"` (with `\"`) or `` `raw` `` (which may span
 * lines), an optional self-closing `/`. Hugo's comment escape (`{{</* note *\/>}}`) is text.
 */
export function scanShortcodeTags(text: string): TagToken[] {
  const tags: TagToken[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('{{', from)
    if (start === -1) return tags
    const delimiter = text[start + 2]
    if (delimiter !== '<' && delimiter !== '%') {
      from = start + 1
      continue
    }
    const closer = delimiter === '<' ? '>' : '%'
    const at = skipSpace(text, start + 3)
    if (text.startsWith('/*', at)) {
      // The comment escape: Hugo writes the tag out as text.
      const end = text.indexOf(`*/${closer}}}`, at)
      from = end === -1 ? start + 3 : end
      continue
    }
    const tag = readTag(text, start, at, delimiter, closer)
    if (tag) {
      tags.push(tag)
      from = tag.end
    } else {
      from = start + 2
    }
  }
}

function readTag(text: string, start: number, at: number, delimiter: '<' | '%', closer: string): TagToken | undefined {
  let closing = false
  if (text[at] === '/') {
    closing = true
    at++
  }
  const name = /^[A-Za-z0-9_.-][A-Za-z0-9_./-]*/.exec(text.slice(at, at + 200))?.[0]
  if (!name) return undefined
  // `{{< foo/>}}`: the trailing slash closes the tag, it is not part of the name.
  const trimmed = tagEnd(text, at + name.length - 1, closer) !== undefined && name.endsWith('/') ? name.slice(0, -1) : name
  at += trimmed.length
  for (;;) {
    const spaced = skipSpace(text, at)
    const end = tagEnd(text, spaced, closer)
    if (end !== undefined) return {name: trimmed, delimiter, closing, selfClosing: end.selfClosing, start, end: end.end}
    if (spaced === at || spaced >= text.length) return undefined
    at = spaced
    // `key=` before a value.
    const key = /^[A-Za-z0-9_.-]+=/.exec(text.slice(at, at + 200))?.[0]
    if (key) at += key.length
    const quote = text[at]
    if (quote === '"' || quote === '`') {
      at++
      while (at < text.length && text[at] !== quote) {
        if (text[at] === '\n' && (quote === '"' || blankLineAt(text, at))) return undefined
        at += quote === '"' && text[at] === '\\' ? 2 : 1
      }
      if (at >= text.length) return undefined
      at++
    } else {
      const bare = at
      while (at < text.length && !/\s/.test(text[at]!) && tagEnd(text, at, closer) === undefined) at++
      if (at === bare) return undefined
    }
  }
}

/** The end of a tag at `at` (`/`, spaces, then `>}}` or `%}}`), if one is there. */
function tagEnd(text: string, at: number, closer: string): {end: number; selfClosing: boolean} | undefined {
  let selfClosing = false
  if (text[at] === '/') {
    selfClosing = true
    at = skipSpace(text, at + 1, false)
  }
  return text.startsWith(`${closer}}}`, at) ? {end: at + 3, selfClosing} : undefined
}

/** Past spaces and tabs, and line endings too unless told (never past a blank line). */
function skipSpace(text: string, at: number, lineEndings = true): number {
  while (at < text.length) {
    const char = text[at]
    if (char === '\n' ? !lineEndings || blankLineAt(text, at) : char !== ' ' && char !== '\t' && char !== '\r') break
    at++
  }
  return at
}

/**
 * Whether the line ending at `at` starts a blank line: a blank line ends a paragraph, and so any
 * tag micromark reads (a flow tag is one line, an inline one wraps with its paragraph only).
 */
function blankLineAt(text: string, at: number): boolean {
  let next = at + 1
  while (text[next] === ' ' || text[next] === '\t' || text[next] === '\r') next++
  return next >= text.length || text[next] === '\n'
}

/** Which tags of a text stay unpaired when paired as Hugo pairs them. */
export interface TextPairing {
  /** Start offsets of every tag read. */
  tags: Set<number>
  /** Opening and closing tags paired, in the order they close. */
  pairs: Array<[TagToken, TagToken]>
  /** Opening tags with no closing tag of their name after them (at their level). */
  unclosed: Set<number>
  /** Closing tags with no opening tag of their name before them. */
  unopened: Set<number>
}

/**
 * Pair the tags of a text in text order, as Hugo does before it reads any Markdown: a closing tag
 * takes the nearest open tag of its name, and tags opened inside it and never closed stay unpaired
 * (the same tolerance as the tree pairing). Returns the start offsets of the tags left over.
 */
export function pairInTextOrder(tags: readonly TagToken[]): TextPairing {
  const open: TagToken[] = []
  const unclosed = new Set<number>()
  const unopened = new Set<number>()
  const pairs: Array<[TagToken, TagToken]> = []
  for (const tag of tags) {
    if (tag.selfClosing) continue
    if (!tag.closing) {
      open.push(tag)
      continue
    }
    let index = open.length - 1
    while (index >= 0 && open[index]!.name !== tag.name) index--
    if (index < 0) {
      unopened.add(tag.start)
      continue
    }
    // The first is the tag it closes; the rest were opened inside it and never closed.
    const [opening, ...inner] = open.splice(index)
    pairs.push([opening!, tag])
    for (const tag of inner) unclosed.add(tag.start)
  }
  for (const tag of open) unclosed.add(tag.start)
  return {tags: new Set(tags.map((tag) => tag.start)), pairs, unclosed, unopened}
}
