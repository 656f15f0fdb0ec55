import type {Code, Construct, Effects, State} from 'micromark-util-types'
import {
  asciiAlphanumeric,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace
} from 'micromark-util-character'
import {factorySpace} from 'micromark-factory-space'
import {codes} from 'micromark-util-symbol'

/**
 * Tokenize one Hugo shortcode tag, `{{< name args >}}` or `{{% name args %}}`,
 * from its first `{` to its last `}`, as a token of `type`.
 *
 * Anything that does not follow the grammar is `nok`, so it falls back to text
 * (that is also how Hugo's comment escape, `{{</*` … stays text: `*` cannot
 * start a name).
 * Line endings are allowed between and inside arguments only when `allowEol`
 * (inline tags can wrap with their paragraph; a flow tag is one line).
 */
export function factoryShortcodeTag(
  effects: Effects,
  ok: State,
  nok: State,
  type: 'shortcodeFlow' | 'shortcodeText',
  allowEol: boolean
): State {
  // `>` for `{{<`, `%` for `{{%`: the closing sequence must match the opening.
  let closer: Code = null
  // `"` or `` ` `` while inside a quoted argument value.
  let quote: Code = null
  const tagEnd: Construct = {partial: true, tokenize: tokenizeTagEnd}
  const namedArgument: Construct = {partial: true, tokenize: tokenizeNamedArgument}

  return start

  /** At `{{`. */
  function start(code: Code): State | undefined {
    if (code !== codes.leftCurlyBrace) return nok(code)
    effects.enter(type)
    effects.enter('shortcodeMarker')
    effects.consume(code)
    return openSecondBrace
  }

  function openSecondBrace(code: Code): State | undefined {
    if (code !== codes.leftCurlyBrace) return nok(code)
    effects.consume(code)
    return openDelimiter
  }

  /** At `<` or `%` of the opening sequence. */
  function openDelimiter(code: Code): State | undefined {
    if (code === codes.lessThan) closer = codes.greaterThan
    else if (code === codes.percentSign) closer = codes.percentSign
    else return nok(code)
    effects.consume(code)
    effects.exit('shortcodeMarker')
    return separator(beforeName)
  }

  /** After the opening sequence and optional whitespace: `/` of a closing tag, or the name. */
  function beforeName(code: Code): State | undefined {
    if (code === codes.slash) {
      effects.enter('shortcodeClosingMarker')
      effects.consume(code)
      effects.exit('shortcodeClosingMarker')
      return nameStart
    }
    return nameStart(code)
  }

  function nameStart(code: Code): State | undefined {
    // `/` cannot start a name: this rejects Hugo's comment escape `{{</*` and `{{< // >}}`.
    if (code === codes.slash || !isNameCharacter(code)) return nok(code)
    effects.enter('shortcodeName')
    effects.consume(code)
    return nameInside
  }

  function nameInside(code: Code): State | undefined {
    // `/` is a name character, but `{{< foo/>}}` ends with a self-closing slash.
    if (code === codes.slash) {
      return effects.check(tagEnd, nameEnd, nameContinue)(code)
    }
    if (isNameCharacter(code)) return nameContinue(code)
    return nameEnd(code)
  }

  function nameContinue(code: Code): State | undefined {
    effects.consume(code)
    return nameInside
  }

  function nameEnd(code: Code): State | undefined {
    effects.exit('shortcodeName')
    return afterItem(code)
  }

  /** After the name or an argument: whitespace before another argument, or the end. */
  function afterItem(code: Code): State | undefined {
    if (isSeparator(code)) return separator(beforeArgument)(code)
    return effects.attempt(tagEnd, after, nok)(code)
  }

  /** After whitespace: an argument, or the end of the tag. */
  function beforeArgument(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return nok(code)
    if (code === codes.slash || code === closer) {
      return effects.check(tagEnd, end, argumentStart)(code)
    }
    return argumentStart(code)
  }

  function end(code: Code): State | undefined {
    return effects.attempt(tagEnd, after, nok)(code)
  }

  function after(code: Code): State | undefined {
    effects.exit(type)
    return ok(code)
  }

  function argumentStart(code: Code): State | undefined {
    effects.enter('shortcodeArgument')
    if (isKeyCharacter(code)) {
      return effects.check(namedArgument, argumentNameStart, valueStart)(code)
    }
    return valueStart(code)
  }

  function argumentNameStart(code: Code): State | undefined {
    effects.enter('shortcodeArgumentName')
    effects.consume(code)
    return argumentNameInside
  }

  function argumentNameInside(code: Code): State | undefined {
    // The lookahead guaranteed key characters up to `=`.
    if (code === codes.equalsTo) {
      effects.exit('shortcodeArgumentName')
      effects.enter('shortcodeArgumentInitializer')
      effects.consume(code)
      effects.exit('shortcodeArgumentInitializer')
      return valueStart
    }
    effects.consume(code)
    return argumentNameInside
  }

  /** Start of a value: quoted, raw, or bare (which must not be empty). */
  function valueStart(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.graveAccent) {
      quote = code
      effects.enter('shortcodeArgumentValue')
      effects.enter('shortcodeArgumentValueMarker')
      effects.consume(code)
      effects.exit('shortcodeArgumentValueMarker')
      return quotedStart
    }
    if (code === null || markdownLineEndingOrSpace(code)) return nok(code)
    // `key=>}}`: an empty bare value is not an argument.
    if (code === codes.slash || code === closer) {
      return effects.check(tagEnd, nok, bareStart)(code)
    }
    return bareStart(code)
  }

  function bareStart(code: Code): State | undefined {
    effects.enter('shortcodeArgumentValue')
    effects.enter('shortcodeArgumentValueString')
    effects.consume(code)
    return bareInside
  }

  function bareInside(code: Code): State | undefined {
    if (code === null || markdownLineEndingOrSpace(code)) return bareEnd(code)
    // `{{< param version>}}`, `{{< ref a/b/>}}`: the tag end stops a bare word.
    if (code === codes.slash || code === closer) {
      return effects.check(tagEnd, bareEnd, bareContinue)(code)
    }
    return bareContinue(code)
  }

  function bareContinue(code: Code): State | undefined {
    effects.consume(code)
    return bareInside
  }

  function bareEnd(code: Code): State | undefined {
    effects.exit('shortcodeArgumentValueString')
    effects.exit('shortcodeArgumentValue')
    effects.exit('shortcodeArgument')
    return afterItem(code)
  }

  /** Inside a quoted or raw value, between string chunks. */
  function quotedStart(code: Code): State | undefined {
    if (code === quote) {
      effects.enter('shortcodeArgumentValueMarker')
      effects.consume(code)
      effects.exit('shortcodeArgumentValueMarker')
      effects.exit('shortcodeArgumentValue')
      effects.exit('shortcodeArgument')
      quote = null
      return afterItem
    }
    if (code === null) return nok(code)
    if (markdownLineEnding(code)) {
      // Hugo rejects a line ending in a `"…"` value, but allows one in `` `…` ``.
      if (!allowEol || quote === codes.quotationMark) return nok(code)
      effects.enter('lineEnding')
      effects.consume(code)
      effects.exit('lineEnding')
      return quotedStart
    }
    effects.enter('shortcodeArgumentValueString')
    return quotedInside(code)
  }

  function quotedInside(code: Code): State | undefined {
    if (code === null || code === quote || markdownLineEnding(code)) {
      effects.exit('shortcodeArgumentValueString')
      return quotedStart(code)
    }
    effects.consume(code)
    // Hugo's only escape: `\"` inside a `"…"` value.
    return code === codes.backslash && quote === codes.quotationMark
      ? quotedEscape
      : quotedInside
  }

  function quotedEscape(code: Code): State | undefined {
    if (code === codes.quotationMark) {
      effects.consume(code)
      return quotedInside
    }
    return quotedInside(code)
  }

  /** Whitespace (and, inline, line endings), then `next`. */
  function separator(next: State): State {
    return separatorStart

    function separatorStart(code: Code): State | undefined {
      if (markdownSpace(code)) return factorySpace(effects, separatorStart, 'whitespace')(code)
      if (allowEol && markdownLineEnding(code)) {
        effects.enter('lineEnding')
        effects.consume(code)
        effects.exit('lineEnding')
        return separatorStart
      }
      return next(code)
    }
  }

  function isSeparator(code: Code): boolean {
    return markdownSpace(code) || (allowEol && markdownLineEnding(code))
  }

  /**
   * The closing sequence: optional self-closing `/`, optional whitespace, then
   * `>}}` or `%}}` matching the opening.
   */
  function tokenizeTagEnd(effects: Effects, ok: State, nok: State): State {
    return start

    function start(code: Code): State | undefined {
      if (code === codes.slash) {
        effects.enter('shortcodeSelfClosingMarker')
        effects.consume(code)
        effects.exit('shortcodeSelfClosingMarker')
        return factorySpace(effects, marker, 'whitespace')
      }
      return factorySpace(effects, marker, 'whitespace')(code)
    }

    function marker(code: Code): State | undefined {
      if (code !== closer) return nok(code)
      effects.enter('shortcodeMarker')
      effects.consume(code)
      return firstBrace
    }

    function firstBrace(code: Code): State | undefined {
      if (code !== codes.rightCurlyBrace) return nok(code)
      effects.consume(code)
      return secondBrace
    }

    function secondBrace(code: Code): State | undefined {
      if (code !== codes.rightCurlyBrace) return nok(code)
      effects.consume(code)
      effects.exit('shortcodeMarker')
      return ok
    }
  }

  /** Lookahead: key characters followed by `=` make a named argument. */
  function tokenizeNamedArgument(effects: Effects, ok: State, nok: State): State {
    return start

    function start(code: Code): State | undefined {
      effects.enter('shortcodeArgumentName')
      effects.consume(code)
      return inside
    }

    function inside(code: Code): State | undefined {
      if (isKeyCharacter(code)) {
        effects.consume(code)
        return inside
      }
      effects.exit('shortcodeArgumentName')
      return code === codes.equalsTo ? ok(code) : nok(code)
    }
  }
}

/** Name characters: `[A-Za-z0-9_./-]`. */
function isNameCharacter(code: Code): boolean {
  return (
    asciiAlphanumeric(code) ||
    code === codes.underscore ||
    code === codes.dot ||
    code === codes.slash ||
    code === codes.dash
  )
}

/** Characters of a named argument's key: `[A-Za-z0-9_.-]`. */
function isKeyCharacter(code: Code): boolean {
  return (
    asciiAlphanumeric(code) ||
    code === codes.underscore ||
    code === codes.dot ||
    code === codes.dash
  )
}
