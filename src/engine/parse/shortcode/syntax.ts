import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext
} from 'micromark-util-types'
import {markdownLineEnding} from 'micromark-util-character'
import {factorySpace} from 'micromark-factory-space'
import {codes} from 'micromark-util-symbol'
import {factoryShortcodeTag} from './factory-shortcode-tag.ts'

/**
 * A line holding exactly one shortcode tag.
 *
 * Not `concrete`: the construct is a single line, so micromark may try it at
 * the start of any paragraph continuation line, which is what lets
 * `{{< /note >}}` right after a text line interrupt that paragraph.
 */
const shortcodeFlow: Construct = {name: 'shortcodeFlow', tokenize: tokenizeShortcodeFlow}

/** A tag anywhere in inline content; may wrap across lines with its paragraph. */
const shortcodeText: Construct = {name: 'shortcodeText', tokenize: tokenizeShortcodeText}

/**
 * Micromark extension for Hugo shortcodes: `{{< name args >}}` and
 * `{{% name args %}}` as flow (own line) and text (inline) tokens.
 */
export function shortcodeSyntax(): Extension {
  return {
    flow: {[codes.leftCurlyBrace]: shortcodeFlow},
    text: {[codes.leftCurlyBrace]: shortcodeText}
  }
}

function tokenizeShortcodeFlow(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State
): State {
  return factoryShortcodeTag(effects, afterTag, nok, 'shortcodeFlow', false)

  // Only whitespace may follow the tag; `{{< a >}} text` is inline instead.
  // The whitespace stays outside the `shortcodeFlow` token so the token (and
  // the node's position and `raw`) is exactly the tag.
  function afterTag(code: Code): State | undefined {
    return factorySpace(effects, atEnd, 'whitespace')(code)
  }

  function atEnd(code: Code): State | undefined {
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}

function tokenizeShortcodeText(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State
): State {
  return factoryShortcodeTag(effects, ok, nok, 'shortcodeText', true)
}
