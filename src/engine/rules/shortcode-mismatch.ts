import {componentName, featureToken} from '../sections/feature-token.ts'
import type {ShortcodeRef} from '../sections/types.ts'
import {describeSection, type Rule} from './types.ts'

/** Shortcodes, components and callouts that differ between a section and its source. */
export const shortcodeMismatch: Rule = {
  id: 'shortcode-mismatch',
  description: 'Callouts, shortcodes and components in a translated section match its source section',
  severity: 'warning',
  docs: 'Compares block shortcodes, MDX components and callouts (by name and identifying arguments, e.g. `feature-state for_k8s_version=v1.18 state=beta`) per section pair. Rendered forms count as their shortcode: `#### Note:` is a `note`. Inline shortcodes such as glossary tooltips are translators’ choice and not compared unless option `inline: true`. Components the site tells translators to drop are listed in `ignore.components`, or learned as a convention (`<name> dropped`).',
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
      for (const shortcode of to.shortcodes.filter(keep)) {
        const index = remaining.findIndex((candidate) => candidate.key === shortcode.key)
        if (index >= 0) {
          remaining.splice(index, 1)
          continue
        }
        report({message: `\`${shortcode.key}\` is not in the source section ${describeSection(from)}`, at: shortcode, source: {file: source.file, line: from.line}, difference: difference(shortcode, 'added')})
      }
      for (const shortcode of remaining) {
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
    }
  ]
}
