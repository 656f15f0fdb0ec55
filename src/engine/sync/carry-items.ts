import {substitutions} from './substitutions.ts'
import type {Edit, Item} from './types.ts'

const names: Record<Item['kind'], string> = {code: 'code block', 'inline-code': 'inline code', link: 'link target', 'heading-id': 'heading id', shortcode: 'shortcode', attribute: 'component attribute', number: 'number'}

/**
 * Carry one kind of item from a source section's state at the base (`before`) to its state now
 * (`after`) into the aligned translated section (`there`): each item replaced one for one in the
 * source is replaced in the translation where the translation holds it exactly as the source did
 * at the base, as many times. What cannot be carried is given as reasons, for translators.
 */
export function carryItems(kind: Item['kind'], before: readonly Item[], after: readonly Item[], there: readonly Item[]): {edits: Edit[]; changes: Array<{from: string; to: string}>; reasons: string[]} {
  const edits: Edit[] = []
  const changes: Array<{from: string; to: string}> = []
  const reasons: string[] = []
  // A code block is also its indentation; an attribute value, the attribute it is the value of.
  const key = (item: Item) => (kind === 'code' ? `${item.column}\u0000${item.raw}` : item.slot === undefined ? item.raw : `${item.slot}\u0000${item.raw}`)
  const prose = new Set([...before, ...after].filter((item) => item.prose).map(key))
  // In the source, an item is also what surrounds it: an item whose sentence changed with it was rewritten.
  const sourceKey = (item: Item) => (item.context === undefined ? key(item) : `${key(item)}\u0001${item.context}`)
  const {fates: withContext, unpaired} = substitutions(before.map(sourceKey), after.map(sourceKey))
  const fates = new Map<string, Set<string | null>>()
  for (const [from, to] of withContext) {
    const [fromKey, fromContext] = from.split('\u0001')
    const set = fates.get(fromKey!) ?? new Set()
    for (const into of to) {
      const [intoKey, intoContext] = into === null ? [] : into.split('\u0001')
      if (into === null || intoContext === fromContext) set.add(into === null ? null : intoKey!)
      // The same item in a changed sentence stays as it is; a changed item in a changed sentence is for translators.
      else if (intoKey === fromKey) set.add(fromKey!)
      else {
        reasons.push(`${names[kind]} changed with the prose around it`)
        set.add(null)
      }
    }
    fates.set(fromKey!, set)
  }
  if (unpaired > 0) reasons.push(`${names[kind]} added or removed`)
  const count = (items: readonly Item[], value: string) => items.filter((item) => key(item) === value).length
  for (const [from, to] of fates) {
    if (to.size !== 1) {
      reasons.push(`${names[kind]} changed in more than one way`)
      continue
    }
    const into = [...to][0] ?? null
    if (into === null || into === from) continue
    if (prose.has(from) || prose.has(into)) {
      reasons.push(`${names[kind]} \`${from.slice(0, from.indexOf('\u0000'))}\` changed, and is prose`)
      continue
    }
    // Comments inside code are prose: a block whose code stayed and whose comments changed is for translators.
    if (kind === 'code' && withoutComments(rawOf(from)) === withoutComments(rawOf(into))) {
      reasons.push('comment inside code changed')
      continue
    }
    const inTarget = there.filter((item) => key(item) === from)
    // Already as the source has it now (carried by hand).
    if (inTarget.length === 0 && count(there, into) === count(after, into)) continue
    // An item of several lines holds its container's prefixes (`> `, a list's indent) on each: a
    // block moved into or out of a quote or list in the source would not fit the translation's.
    const source = after.find((item) => key(item) === into)!
    if ((kind === 'code' || source.raw.includes('\n')) && inTarget.some((item) => (item.quote ?? 0) !== (source.quote ?? 0) || (kind === 'code' && item.column !== source.column))) {
      reasons.push(`${names[kind]} moved into or out of a list or quote`)
      continue
    }
    if (inTarget.length !== count(before, from)) {
      reasons.push(`${names[kind]} \`${excerpt(kind === 'attribute' ? `${from.slice(from.indexOf(' ') + 1, from.indexOf('\u0000'))}=${rawOf(from)}` : rawOf(from))}\` differs in the translation`)
      continue
    }
    for (const item of inTarget) edits.push({start: item.start, end: item.end, text: rawOf(into)})
    changes.push({from: rawOf(from), to: rawOf(into)})
  }
  return {edits, changes, reasons}
}

/** A code block's key carries its column, an attribute's its slot; the text is what follows. */
function rawOf(key: string): string {
  const split = key.indexOf('\u0000')
  return split === -1 ? key : key.slice(split + 1)
}

/** The first line of an item, shortened for a message. */
function excerpt(raw: string): string {
  const line = raw.split(/\r?\n/)[0]!
  return line.length > 40 || raw.includes('\n') ? `${line.slice(0, 40)}…` : line
}

/** Code without its line comments (`# …`, `// …`, `-- …`) and block comments: tells code changes from comment changes. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[^]*?\*\/|<!--[^]*?-->/g, '')
    .replace(/(^|\s)(?:#|\/\/|--)(?=\s|$).*$/gm, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}
