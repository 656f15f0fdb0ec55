import type {Rule} from './types.ts'

/** Schemes a browser runs or loads as a page: a link to one is how a page runs script. */
const scriptSchemes = new Set(['javascript', 'vbscript', 'data'])

/**
 * The scheme of a link target that a site should not publish as a link, or undefined for
 * `http(s)`, `mailto`, a relative path or a fragment. Browsers ignore tabs, newlines and control
 * characters in a scheme and its case (`java\tscript:`), so those are stripped first.
 */
export function unsafeScheme(url: string): string | undefined {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1]?.toLowerCase()
  return scheme && !['http', 'https', 'mailto'].includes(scheme) ? scheme : undefined
}

/** A Markdown link whose target is not a web address, mail address or page of the site. */
export const unsafeLink: Rule = {
  id: 'unsafe-link',
  description: 'Links point to web pages, mail addresses or the site’s own pages',
  severity: 'error',
  docs: 'A Markdown link (inline or through a reference definition) whose target has a scheme other than `http`, `https` and `mailto`. Relative paths and `#fragments` are fine. `javascript:`, `vbscript:` and `data:` targets run script or load a document when clicked, so they are errors; any other scheme (`ftp:`, `tel:`, `file:`) is a warning. Lockstep’s site publishes such a link as its text only. Tabs, newlines and case in the scheme do not hide it, as browsers ignore them. Raw HTML `<a href>` is not read (the site trusts raw HTML unless `sanitize` is set). Checked on every page, source included.',
  check({target, report}) {
    for (const section of target?.sections ?? []) {
      for (const link of section.links) {
        const scheme = unsafeScheme(link.url)
        if (!scheme) continue
        // Control characters (a tab in the scheme) are shown as escapes, long targets (`data:`) cut.
        const escaped = link.url.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
        const shown = escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped
        report({
          message: `Link target \`${shown}\` is a \`${scheme}:\` address, not a web page: the site publishes only the link's text`,
          at: link,
          ...(scriptSchemes.has(scheme) ? {} : {severity: 'warning' as const})
        })
      }
    }
  },
  examples: [
    {
      title: 'A javascript: link in a translation',
      source: '# Guide\n\nSee [the options](/docs/options/).\n',
      translation: '# Guía\n\nMira [las opciones](javascript:alert(1)).\n',
      expected: ['3:6 Link target `javascript:alert(1)` is a `javascript:` address, not a web page: the site publishes only the link\'s text']
    },
    {
      title: 'Hidden by case and a character reference, or behind a reference definition',
      source: '# Guide\n\nRead [this][doc].\n\n[doc]: /docs/\n',
      translation: '# Guide\n\nLies [das][doc] oder [das](tel:+4912345).\n\n[doc]: &#106;avaScript:alert(1)\n',
      locale: 'de',
      expected: ['3:6 Link target `javaScript:alert(1)` is a `javascript:` address, not a web page: the site publishes only the link\'s text', "3:22 Link target `tel:+4912345` is a `tel:` address, not a web page: the site publishes only the link's text"]
    },
    {
      title: 'Web, mail, relative and fragment links are fine',
      source: '# Guide\n\n[a](https://example.org) [b](mailto:a@example.org) [c](../other/) [d](#guide)\n',
      translation: '# Guía\n\n[a](https://example.org) [b](mailto:a@example.org) [c](../other/) [d](#guide)\n',
      expected: []
    }
  ]
}
