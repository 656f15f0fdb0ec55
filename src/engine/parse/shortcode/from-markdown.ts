import type {
  CompileContext,
  Extension as FromMarkdownExtension,
  Token
} from 'mdast-util-from-markdown'
import type {Shortcode} from './types.ts'

/**
 * mdast-util-from-markdown extension turning the tokens of `shortcodeSyntax`
 * into `shortcodeFlow` / `shortcodeText` nodes (unpaired, no children yet;
 * `pairShortcodes` builds the containers).
 */
export function shortcodeFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      shortcodeFlow: enterShortcodeFlow,
      shortcodeText: enterShortcodeText
    },
    exit: {
      shortcodeFlow: exitShortcode,
      shortcodeText: exitShortcode,
      shortcodeClosingMarker: exitClosingMarker,
      shortcodeSelfClosingMarker: exitSelfClosingMarker,
      shortcodeName: exitName,
      shortcodeArgumentName: exitArgumentName,
      shortcodeArgumentValue: exitArgumentValue
    }
  }
}

function enterShortcodeFlow(this: CompileContext, token: Token): undefined {
  this.data.shortcodeArgumentName = undefined
  this.enter({type: 'shortcodeFlow', ...emptyFields(), children: []}, token)
}

function enterShortcodeText(this: CompileContext, token: Token): undefined {
  this.data.shortcodeArgumentName = undefined
  this.enter({type: 'shortcodeText', ...emptyFields(), children: []}, token)
}

function exitShortcode(this: CompileContext, token: Token): undefined {
  const node = current(this)
  node.raw = this.sliceSerialize(token)
  // The token starts with `{{<` or `{{%`.
  node.delimiter = node.raw.charAt(2) === '%' ? '%' : '<'
  this.exit(token)
}

function exitClosingMarker(this: CompileContext): undefined {
  current(this).closing = true
}

function exitSelfClosingMarker(this: CompileContext): undefined {
  current(this).selfClosing = true
}

function exitName(this: CompileContext, token: Token): undefined {
  current(this).name = this.sliceSerialize(token)
}

function exitArgumentName(this: CompileContext, token: Token): undefined {
  this.data.shortcodeArgumentName = this.sliceSerialize(token)
}

function exitArgumentValue(this: CompileContext, token: Token): undefined {
  const node = current(this)
  const value = decodeValue(this.sliceSerialize(token))
  const key = this.data.shortcodeArgumentName
  this.data.shortcodeArgumentName = undefined

  if (key === undefined) {
    node.positional.push(value)
  } else {
    // `defineProperty`, not assignment: a key such as `__proto__` must stay data.
    Object.defineProperty(node.named, key, {
      configurable: true,
      enumerable: true,
      value,
      writable: true
    })
  }
}

/** Strip the quotes of `"…"` (unescaping `\"`, Hugo's only escape) and `` `…` ``. */
function decodeValue(source: string): string {
  if (source.startsWith('"')) return source.slice(1, -1).replaceAll('\\"', '"')
  if (source.startsWith('`')) return source.slice(1, -1)
  return source
}

function emptyFields() {
  return {
    name: '',
    delimiter: '<' as const,
    closing: false,
    selfClosing: false,
    positional: [] as string[],
    named: {} as Record<string, string>,
    raw: ''
  }
}

/** The shortcode node being compiled: handlers only run inside its token. */
function current(context: CompileContext): Shortcode {
  return context.stack[context.stack.length - 1] as Shortcode
}
