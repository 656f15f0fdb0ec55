import type {Root} from 'mdast'
import type {Plugin} from 'unified'
// Type-only: brings in remark-parse's registration of `micromarkExtensions`
// and `fromMarkdownExtensions` on unified's `Data`.
import type {} from 'remark-parse'
import {shortcodeFromMarkdown} from './from-markdown.ts'
import {pairShortcodes, type PairShortcodesOptions} from './pair-shortcodes.ts'
import {shortcodeSyntax} from './syntax.ts'

export type {
  Shortcode,
  ShortcodeFields,
  ShortcodeFlow,
  ShortcodeFlowData,
  ShortcodeText,
  ShortcodeTextData
} from './types.ts'
export type {PairShortcodesOptions} from './pair-shortcodes.ts'
export {defaultPairedShortcodes, pairShortcodes} from './pair-shortcodes.ts'
export {shortcodeFromMarkdown} from './from-markdown.ts'
export {shortcodeSyntax} from './syntax.ts'

/** Options for `remarkShortcodes` (same as for `pairShortcodes`). */
export type RemarkShortcodesOptions = PairShortcodesOptions

/**
 * unified plugin: parse Hugo shortcodes into `shortcodeFlow`/`shortcodeText`
 * nodes and pair opening and closing tags into containers.
 * Use after `remark-parse`.
 */
export const remarkShortcodes: Plugin<[(RemarkShortcodesOptions | null | undefined)?], Root> =
  function (options) {
    const data = this.data()
    // Register the same way remark-directive does: plugins append to lists
    // that remark-parse reads when it parses.
    const micromarkExtensions = (data.micromarkExtensions ??= [])
    const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])

    micromarkExtensions.push(shortcodeSyntax())
    fromMarkdownExtensions.push(shortcodeFromMarkdown())

    return function (tree, file) {
      pairShortcodes(tree, file, options ?? {})
    }
  }
