import type {
  BlockContent,
  Data,
  DefinitionContent,
  Parent,
  PhrasingContent
} from 'mdast'

/** Fields every Hugo shortcode node carries, whichever form it was written in. */
export interface ShortcodeFields {
  /** Shortcode name as written, e.g. `note`, `glossary_tooltip`, `homepage/signal`. */
  name: string
  /** Which form was used: `{{< … >}}` (`'<'`) or `{{% … %}}` (`'%'`, content rendered as markdown by Hugo). */
  delimiter: '<' | '%'
  /**
   * Whether this is a closing tag (`{{< /note >}}`).
   * After `pairShortcodes` only unmatched closing tags remain in the tree.
   */
  closing: boolean
  /** Whether the tag closes itself explicitly (`{{< foo />}}`). */
  selfClosing: boolean
  /** Positional arguments, unquoted (`{{% heading "whatsnext" %}}` → `['whatsnext']`). */
  positional: string[]
  /** Named arguments, unquoted (`text="clúster"` → `{text: 'clúster'}`). */
  named: Record<string, string>
  /** Exact source text of the (opening) tag, from `{{` to `}}`. */
  raw: string
}

/**
 * A shortcode that stands on its own line (or was hoisted there by pairing);
 * once paired, the flow content up to its closing tag are its children.
 */
export interface ShortcodeFlow extends Parent, ShortcodeFields {
  /** Node type of a flow (block-level) shortcode. */
  type: 'shortcodeFlow'
  /** Flow content between the opening and closing tag (empty when unpaired). */
  children: Array<BlockContent | DefinitionContent>
  /** Data associated with the node by the ecosystem. */
  data?: ShortcodeFlowData | undefined
}

/** Info associated with `shortcodeFlow` nodes by the ecosystem. */
export interface ShortcodeFlowData extends Data {}

/**
 * A shortcode inside inline content (a paragraph, a heading, …); once paired,
 * the phrasing content up to its closing tag are its children.
 */
export interface ShortcodeText extends Parent, ShortcodeFields {
  /** Node type of an inline shortcode. */
  type: 'shortcodeText'
  /** Phrasing content between the opening and closing tag (empty when unpaired). */
  children: PhrasingContent[]
  /** Data associated with the node by the ecosystem. */
  data?: ShortcodeTextData | undefined
}

/** Info associated with `shortcodeText` nodes by the ecosystem. */
export interface ShortcodeTextData extends Data {}

/** Either shortcode node. */
export type Shortcode = ShortcodeFlow | ShortcodeText

// Register the nodes where mdast content can appear, so `visit`, `this.enter`
// and friends accept them (the same way `mdast-util-directive` does).
declare module 'mdast' {
  interface BlockContentMap {
    /** Hugo shortcode in flow content (root, block quotes, list items, other shortcodes). */
    shortcodeFlow: ShortcodeFlow
  }

  interface PhrasingContentMap {
    /** Hugo shortcode in phrasing content (paragraphs, headings, emphasis, …). */
    shortcodeText: ShortcodeText
  }

  interface RootContentMap {
    /** Hugo shortcode in flow content. */
    shortcodeFlow: ShortcodeFlow
    /** Hugo shortcode in phrasing content. */
    shortcodeText: ShortcodeText
  }
}

// Token types produced by the micromark constructs; micromark only accepts
// registered names in `effects.enter`/`exit`.
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    shortcodeFlow: 'shortcodeFlow'
    shortcodeText: 'shortcodeText'
    shortcodeMarker: 'shortcodeMarker'
    shortcodeClosingMarker: 'shortcodeClosingMarker'
    shortcodeSelfClosingMarker: 'shortcodeSelfClosingMarker'
    shortcodeName: 'shortcodeName'
    shortcodeArgument: 'shortcodeArgument'
    shortcodeArgumentName: 'shortcodeArgumentName'
    shortcodeArgumentInitializer: 'shortcodeArgumentInitializer'
    shortcodeArgumentValue: 'shortcodeArgumentValue'
    shortcodeArgumentValueMarker: 'shortcodeArgumentValueMarker'
    shortcodeArgumentValueString: 'shortcodeArgumentValueString'
  }
}

// State kept while compiling one tag's arguments.
declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Name of the named argument whose value comes next, if any. */
    shortcodeArgumentName?: string | undefined
  }
}
