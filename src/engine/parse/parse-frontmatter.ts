import type {Root} from 'mdast'
import {parse as parseToml} from 'smol-toml'
import {isMap, isScalar, LineCounter, parseDocument, visit} from 'yaml'
import type {PageProblem} from '../sections/types.ts'
import {jsonSafe} from './json-safe.ts'

/** Front matter read from a page. */
export interface Frontmatter {
  data: Record<string, unknown> | null
  /** 1-based line of each top-level key in the file. */
  lines: Record<string, number>
  problems: PageProblem[]
}

/**
 * Read the YAML (`---`) or TOML (`+++`) front matter of a parsed page.
 *
 * Invalid front matter is a `parse-error` at the line the YAML/TOML parser names, and the
 * page is still checked without it.
 */
export function parseFrontmatter(tree: Root, shift = 0): Frontmatter {
  const node = tree.children[0]
  const result: Frontmatter = {data: null, lines: {}, problems: []}
  if (!node || (node.type !== 'yaml' && node.type !== 'toml')) return result
  // The value starts on the line after the opening fence.
  const offset = (node.position?.start.line ?? 1) + 1 + shift
  if (node.type === 'yaml') {
    const lineCounter = new LineCounter()
    const document = parseDocument(node.value, {lineCounter, prettyErrors: false, uniqueKeys: false})
    if (document.errors.length > 0) {
      for (const error of document.errors.slice(0, 3)) {
        const place = lineCounter.linePos(error.pos[0])
        result.problems.push({
          ruleId: 'parse-error',
          message: `Invalid YAML front matter: ${error.message.split('\n')[0]}`,
          line: offset + place.line - 1,
          column: place.col
        })
      }
      return result
    }
    let value: unknown
    try {
      value = jsonSafe(document.toJS())
    } catch (error) {
      // Some errors only show when the value is built: an alias to an anchor never set (`*undefined`),
      // a merge of something that is not a mapping. Placed at the first alias that resolves to nothing.
      let at = 0
      visit(document, {
        Alias(_, alias) {
          if (alias.range && alias.resolve(document) === undefined) {
            at = alias.range[0]
            return visit.BREAK
          }
        }
      })
      const place = lineCounter.linePos(at)
      result.problems.push({ruleId: 'parse-error', message: `Invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`, line: offset + place.line - 1, column: place.col})
      return result
    }
    if (value === null || value === undefined) return {...result, data: {}}
    if (typeof value !== 'object' || Array.isArray(value)) {
      result.problems.push({ruleId: 'parse-error', message: 'Front matter is not a mapping of keys to values', line: offset, column: 1})
      return result
    }
    result.data = value as Record<string, unknown>
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        if (isScalar(pair.key) && pair.key.range) result.lines[String(pair.key.value)] = offset + lineCounter.linePos(pair.key.range[0]).line - 1
      }
    }
    return result
  }
  try {
    result.data = jsonSafe(parseToml(node.value)) as Record<string, unknown>
    const lines = node.value.split('\n')
    for (const key of Object.keys(result.data)) {
      const index = lines.findIndex((line) => line.trimStart().startsWith(key))
      if (index >= 0) result.lines[key] = offset + index
    }
  } catch (error) {
    const {line = 1, column = 1} = error as {line?: number; column?: number}
    result.problems.push({ruleId: 'parse-error', message: `Invalid TOML front matter: ${(error as Error).message.split('\n')[0]}`, line: offset + line - 1, column})
  }
  return result
}
