import {pageUrlOf} from '../sections/normalize-link.ts'
import {decodeFragment} from './decode-fragment.ts'
import {localeOfUrl} from './locale-of-url.ts'
import type {Rule} from './types.ts'

/** A `#fragment` link that resolves to no id on the page it points to. */
export const brokenAnchor: Rule = {
  id: 'broken-anchor',
  description: 'Fragment links resolve to an id the page defines',
  severity: 'error',
  docs: 'A link `#fragment` must match an id its page defines: an explicit `{#id}`, or the slug the renderer gives a heading (translated headings get translated slugs, so fragments copied from the source page break). Checked on the page itself and on other pages of the same locale. When the fragment names a source section that Lockstep aligned, the message says so: Lockstep’s site keeps the source ids as aliases, so the link works there.',
  check({source, target, alignment, anchorsOf, locales, sourceLocale, report}) {
    if (!target) return
    const ownUrl = pageUrlOf(target.page)
    // The site's index of ids also holds those of the files the page includes; none when the page
    // renders headings from a template Lockstep cannot see.
    const own = anchorsOf(target.locale, ownUrl)
    for (const section of target.sections) {
      for (const link of section.links) {
        const hash = link.target.indexOf('#')
        if (hash < 0 || link.target.length === hash + 1) continue
        const fragment = decodeFragment(link.target.slice(hash + 1))
        const samePage = link.url.trim().startsWith('#')
        // A path without a locale prefix is the source locale's page, even from a translation.
        const locale = samePage ? target.locale : (localeOfUrl(link.url, locales) ?? sourceLocale)
        const path = samePage ? ownUrl : link.target.slice(0, hash) || ownUrl
        const anchors = locale === target.locale && path === ownUrl ? own : anchorsOf(locale, path)
        if (!anchors || anchors.has(fragment)) continue
        let rescue = ''
        if (samePage && source && alignment) {
          const index = source.sections.findIndex((candidate) => candidate.id === fragment)
          const pair = alignment.pairs.find((candidate) => candidate.source === index)
          if (pair) rescue = `; Lockstep’s aligned site rescues it (the source section is “${target.sections[pair.target]!.title}” here)`
        }
        const where = samePage || (locale === target.locale && path === ownUrl) ? 'this page' : `\`${locale === target.locale ? '' : `/${locale}`}${path}\``
        report({message: `Fragment \`#${fragment}\` matches no id on ${where}${rescue}`, at: link})
      }
    }
  },
  examples: [
    {
      title: 'A fragment copied from the source page',
      source: '# Guide\n\nSee [tunnels](#ssh-tunnels).\n\n## SSH tunnels\n\nUse `ssh`.\n',
      translation: '# Guía\n\nVer [túneles](#ssh-tunnels).\n\n## Túneles SSH\n\nUsa `ssh`.\n',
      expected: ['3:5 Fragment `#ssh-tunnels` matches no id on this page; Lockstep’s aligned site rescues it (the source section is “Túneles SSH” here)']
    }
  ]
}
