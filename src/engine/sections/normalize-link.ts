/** What link normalisation needs to know about the page and the site. */
export interface LinkContext {
  /** URL path of the page itself, with a trailing slash (`/docs/concepts/x/`). */
  pageUrl: string
  /** All locales of the site, source included: a leading `/<locale>/` is removed. */
  locales: ReadonlySet<string>
  /** Hosts of the site itself (`kubernetes.io`): links to them are internal. */
  hosts: ReadonlySet<string>
}

/**
 * Normalise a link target so the same target compares equal across locales.
 *
 * `https://kubernetes.io/docs/x`, `/zh-cn/docs/x/` and `../x/` (from a sibling page) all become
 * `/docs/x/`; a link to the page itself becomes its `#fragment`. External links keep their
 * URL, minus a trailing slash difference.
 */
export function normalizeLink(url: string, context: LinkContext): string {
  const trimmed = url.trim()
  if (trimmed === '') return ''
  if (trimmed.startsWith('#')) return trimmed
  let parsed: URL
  try {
    parsed = new URL(trimmed, 'lockstep://site' + context.pageUrl)
  } catch {
    return trimmed
  }
  const internal = parsed.protocol === 'lockstep:' || ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && context.hosts.has(parsed.hostname.replace(/^www\./, '')))
  if (!internal) {
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      // Translations link to the localised edition of external docs (`de.vite.dev`,
      // `docs.astro.build/de/`), whose fragments are localised too: compare the resource.
      const labels = parsed.host.replace(/^www\./, '').split('.')
      if (labels.length > 2 && context.locales.has(labels[0]!.toLowerCase())) labels.shift()
      const segments = parsed.pathname.split('/').filter((segment) => segment !== '' && !context.locales.has(segment.toLowerCase()))
      return `https://${labels.join('.')}${segments.length > 0 ? '/' + segments.join('/') : ''}${parsed.search}`
    }
    return trimmed
  }
  let path = decodeSafe(parsed.pathname)
  const segments = path.split('/')
  if (segments[1] && context.locales.has(segments[1].toLowerCase())) {
    segments.splice(1, 1)
    path = segments.join('/') || '/'
  }
  // Source files linked by path (`../guide.md`) mean the page's URL.
  path = path.replace(/(?:\/(?:_?index))?\.mdx?$/i, '')
  const last = path.slice(path.lastIndexOf('/') + 1)
  if (!path.endsWith('/') && !last.includes('.')) path += '/'
  if (path === context.pageUrl) return parsed.hash || '#'
  return path + parsed.search + parsed.hash
}

function decodeSafe(value: string): string {
  try {
    return decodeURI(value)
  } catch {
    return value
  }
}

/** URL path of a page from its key: `docs/x/_index` → `/docs/x/`. */
export function pageUrlOf(page: string): string {
  const path = page.replace(/(?:^|\/)_?index$/, '')
  return path === '' ? '/' : `/${path}/`
}
