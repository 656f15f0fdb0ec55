import {componentName, featureToken} from '../sections/feature-token.ts'
import type {ShortcodeRef} from '../sections/types.ts'
import {describeSection, type Rule} from './types.ts'

/** Shortcodes, components and callouts that differ between a section and its source. */
export const shortcodeMismatch: Rule = {
  id: 'shortcode-mismatch',
  description: 'Callouts, shortcodes and components in a translated section match its source section',
  severity: 'warning',
  docs: 'Compares block shortcodes, MDX components and callouts (by name and identifying arguments, e.g. `feature-state for_k8s_version=v1.18 state=beta`) per section pair. Rendered forms count as their shortcode: `#### Note:` is a `note`, and a GitHub alert (`> [!NOTE]`) is an `alert`, like Docsy’s `{{% alert %}}`; a paired shortcode counts once whether it sits inline or as a block. Inline shortcodes such as glossary tooltips are translators’ choice and not compared unless option `inline: true`. Components the site tells translators to drop are listed in `ignore.components`, or learned as a convention (`<name> dropped`).',
  check({config, source, target, alignment, options, report}) {
    if (!source || !target || !alignment) return
    const inline = options.inline === true
    const ignored = new Set(config.ignore.components)
    const keep = (shortcode: ShortcodeRef) => (inline || !shortcode.inline) && !ignored.has(componentName(shortcode.key))
    const difference = (shortcode: ShortcodeRef, side: 'dropped' | 'added') => {
      // Counted by name (`LinkCard dropped`), tracked in history by the whole key: the source may have lost one link card and gained another.
      return {key: `${componentName(shortcode.key)} ${side}`, feature: featureToken('component', shortcode.key), side}
    }
    for (const pair of alignment.pairs) {
      if (pair.relation === 'split' || pair.relation === 'merged') continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      const remaining = from.shortcodes.filter(keep)
      // The same paired shortcode is inline or a block depending on where its closing tag sits
      // (`{{% config_option %}} text {{% /config_option %}}` on one line or two): one of either kind counts.
      const sourceInline = from.shortcodes.filter((shortcode) => !keep(shortcode))
      const targetInline = to.shortcodes.filter((shortcode) => !keep(shortcode))
      const take = (pool: ShortcodeRef[], key: string) => {
        const index = pool.findIndex((candidate) => candidate.key === key)
        if (index >= 0) pool.splice(index, 1)
        return index >= 0
      }
      for (const shortcode of to.shortcodes.filter(keep)) {
        if (take(remaining, shortcode.key) || take(sourceInline, shortcode.key)) continue
        report({message: `\`${shortcode.key}\` is not in the source section ${describeSection(from)}`, at: shortcode, source: {file: source.file, line: from.line}, difference: difference(shortcode, 'added')})
      }
      for (const shortcode of remaining) {
        if (take(targetInline, shortcode.key)) continue
        report({
          message: `The source section has \`${shortcode.key}\` (${shortcode.raw}); the translation has none`,
          at: to,
          source: {file: source.file, line: shortcode.line},
          difference: difference(shortcode, 'dropped')
        })
      }
    }
  },
  examples: [
    {
      title: 'A note callout dropped',
      source: '# Guide\n\n## Tunnels\n\nUse `ssh`.\n\n{{< note >}}\nTunnels are deprecated.\n{{< /note >}}\n',
      translation: '# Guía\n\n## Túneles\n\nUsa `ssh`.\n\nLos túneles están obsoletos.\n',
      expected: ['3:1 The source section has `note` ({{< note >}}); the translation has none']
    },
    {
      title: 'The same callouts in another form: a GitHub alert for an alert shortcode, a shortcode closed on the next line',
      source:
        '# Guide\n\n## Options\n\n> [!WARNING]\n>\n> Options are experimental.\n\n{{% config_option name="otel.sdk.disabled" %}} Set to\n`true` to disable the SDK. {{% /config_option %}}\n',
      translation:
        '# Guía\n\n## Opciones\n\n{{% alert title="Advertencia" %}}\nLas opciones son experimentales.\n{{% /alert %}}\n\n{{% config_option name="otel.sdk.disabled" %}} Ponlo en `true` para desactivar el SDK.\n{{% /config_option %}}\n',
      expected: []
    }
  ]
}
