import {featureToken} from '../sections/feature-token.ts'
import {pageUrlOf} from '../sections/normalize-link.ts'
import type {LinkRef} from '../sections/types.ts'
import {decodeFragment} from './decode-fragment.ts'
import {localeOfUrl} from './locale-of-url.ts'
import {describeSection, type Rule} from './types.ts'

/** A link in a matched section that points somewhere the source section does not. */
export const linkTarget: Rule = {
  id: 'link-target',
  description: 'Links in a translated section point where the source section’s links point',
  severity: 'warning',
  docs: 'Compares the normalised targets of the links in each matched section pair (locale prefixes, the site’s own host and trailing slashes do not count). A link whose target is not among the source section’s links is reported with the source link it most likely replaces: typically a page that moved since the translation was made. Links a site lets translations localise are declared in `links.rewrites`; an external link whose one path segment every translation changes or drops (MDN’s `/en-US/`) is learned as a convention (`developer.mozilla.org/en-US/ localised`). Not reported: a link that drops the source link’s fragment where the page it opens (the translated page, by its locale prefix) defines no such id, which fixes a link that would break; a link to a page of the site where the source links to that page’s Markdown file in a repository (`https://github.com/<fork>/<repo>/blob/<branch>/content/en/<page>.md`). Links written as raw HTML (`<a href>`) count.',
  check({config, source, target, alignment, sourceFragment, anchorsOf, locales, sourceLocale, report}) {
    if (!source || !target || !alignment) return
    const rewrites = config.links.rewrites.map(compileRewrite)
    const ownUrl = pageUrlOf(target.page)
    // A fragment into a translated page names that page's translated heading: compare the source id.
    const canonical = (link: LinkRef) => {
      const hash = link.target.indexOf('#')
      if (hash < 0 || /^[a-z]+:/i.test(link.target)) return link.target
      const path = link.target.slice(0, hash)
      const fragment = decodeFragment(link.target.slice(hash + 1))
      return `${path}#${sourceFragment(target.locale, path === '' ? ownUrl : path, fragment)}`
    }
    // The source's link names a heading of the page it points to; the page the translation's link
    // opens (its locale's edition, by the prefix) has no such id: dropping the fragment fixes the link.
    const dropsDeadFragment = (link: LinkRef, counterpart: LinkRef) => {
      const hash = counterpart.target.indexOf('#')
      if (hash < 0 || link.target.includes('#') || /^[a-z]+:/i.test(link.target)) return false
      const path = counterpart.target.slice(0, hash)
      if (path !== link.target) return false
      const ids = anchorsOf(localeOfUrl(link.url, locales) ?? sourceLocale, path)
      return ids !== undefined && !ids.has(decodeFragment(counterpart.target.slice(hash + 1)))
    }
    for (const pair of alignment.pairs) {
      if (pair.relation === 'split' || pair.relation === 'merged') continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      const remaining = [...from.links]
      const extra: LinkRef[] = []
      for (const link of to.links) {
        const wanted = canonical(link)
        const index = remaining.findIndex(
          (candidate) => candidate.target === link.target || candidate.target === wanted || decodeFragment(candidate.target) === wanted || rewrites.some((rewrite) => rewrite(candidate.target, link.target))
        )
        if (index >= 0) remaining.splice(index, 1)
        else if (link.target !== '' && link.target !== '#') extra.push(link)
      }
      for (const [link, counterpart] of pairLinks(extra, remaining)) {
        if (counterpart && (samePageFile(link.target, counterpart.target) || dropsDeadFragment(link, counterpart))) continue
        const localised = counterpart ? localisedSegment(counterpart.target, link.target) : undefined
        report({
          message: counterpart
            ? `Link points to \`${link.target}\`; the source links to \`${counterpart.target}\` here`
            : `Link to \`${link.target}\` is not in the source section ${describeSection(from)}`,
          at: link,
          source: {file: source.file, line: counterpart?.line ?? from.line},
          // External links are often swapped for the localised edition of a resource: worth a look only.
          ...(/^https?:/.test(link.target) ? {severity: 'info' as const} : {}),
          ...(localised && counterpart ? {difference: {key: `${localised} localised`, feature: featureToken('link', counterpart.target), side: 'dropped' as const}} : {})
        })
      }
    }
  },
  examples: [
    {
      title: 'A link to a page that moved',
      source: '# Guide\n\nSee [the options](/docs/reference/options/).\n',
      translation: '# Guía\n\nMira [las opciones](/docs/options/).\n',
      expected: ['3:6 Link points to `/docs/options/`; the source links to `/docs/reference/options/` here']
    }
  ]
}

/**
 * A link to the site's page (`/scalability/`) where the source links to that page's Markdown file
 * in a repository (`https://github.com/<anyone>/<repo>/blob/<branch>/content/en/scalability.md`,
 * a fork's included): the same page, and the translation's link is the one a reader wants.
 */
function samePageFile(link: string, source: string): boolean {
  const page = link.replace(/\/+$/, '')
  if (!page.startsWith('/') || page.includes('#') || !/^https?:\/\//.test(source)) return false
  let file: string
  try {
    file = new URL(source).pathname
  } catch {
    return false
  }
  if (!/\.mdx?$/.test(file)) return false
  // `…/scalability.md`, `…/scalability/index.md` and `…/scalability/_index.md` are one page.
  return file.replace(/(?:\/_?index)?\.mdx?$/, '').endsWith(page)
}

/**
 * Pair each changed link with the source link it most likely replaces: the most similar
 * targets first (same last path segment, same fragment, shared words), then what is left in
 * order when as many source links as changed links remain.
 */
function pairLinks(extra: LinkRef[], remaining: LinkRef[]): Array<[LinkRef, LinkRef | undefined]> {
  const result = new Map<LinkRef, LinkRef | undefined>()
  const free = new Set(remaining)
  const candidates: Array<[number, LinkRef, LinkRef]> = []
  for (const link of extra) for (const candidate of remaining) {
    const score = similarity(link.target, candidate.target)
    if (score > 0) candidates.push([score, link, candidate])
  }
  candidates.sort((a, b) => b[0] - a[0])
  for (const [, link, candidate] of candidates) {
    if (result.has(link) || !free.has(candidate)) continue
    result.set(link, candidate)
    free.delete(candidate)
  }
  const leftLinks = extra.filter((link) => !result.has(link))
  const leftSource = remaining.filter((candidate) => free.has(candidate))
  for (const [index, link] of leftLinks.entries()) result.set(link, leftLinks.length === leftSource.length ? leftSource[index] : undefined)
  return extra.map((link) => [link, result.get(link)])
}

function similarity(a: string, b: string): number {
  const [pathA = '', hashA = ''] = a.split('#')
  const [pathB = '', hashB = ''] = b.split('#')
  let score = 0
  if (hashA !== '' && hashA === hashB) score += 2
  const lastA = pathA.split('/').filter(Boolean).at(-1)
  const lastB = pathB.split('/').filter(Boolean).at(-1)
  if (lastA !== undefined && lastA === lastB) score += 3
  const wordsA = new Set((lastA ?? '').split('-'))
  const shared = (lastB ?? '').split('-').filter((word) => word.length > 3 && wordsA.has(word)).length
  return score + shared
}

/** A rewrite as a test: may the translation write `target` where the source has `source`? */
function compileRewrite(rewrite: {source: string; translation: string}): (source: string, target: string) => boolean {
  const from = withoutScheme(rewrite.source)
  const pattern = new RegExp(`^${withoutScheme(rewrite.translation).split('*').map(escapeRegExp).join('[^/?#]+')}`)
  return (source, target) => {
    const bare = withoutScheme(source)
    if (!bare.startsWith(from)) return false
    const match = pattern.exec(withoutScheme(target))
    return match !== null && withoutScheme(target).slice(match[0].length) === bare.slice(from.length)
  }
}

function withoutScheme(url: string): string {
  return url.replace(/^[a-z][a-z\d+.-]*:\/\//i, '')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * `host/path/segment/` when an external link differs from the source's only in that one path
 * segment, changed or dropped (`developer.mozilla.org/en-US/docs/Web` → `…/fr/docs/Web` or
 * `…/docs/Web`): a localised edition of the same resource.
 */
function localisedSegment(source: string, target: string): string | undefined {
  if (!/^https?:\/\//.test(source) || !/^https?:\/\//.test(target)) return undefined
  const [sourceHost, ...sourcePath] = withoutScheme(source).split('/')
  const [targetHost, ...targetPath] = withoutScheme(target).split('/')
  if (sourceHost !== targetHost) return undefined
  let start = 0
  while (start < sourcePath.length && sourcePath[start] === targetPath[start]) start++
  const rest = (path: string[], from: number) => path.slice(from).join('/')
  const changed = targetPath.length === sourcePath.length && rest(sourcePath, start + 1) === rest(targetPath, start + 1)
  const dropped = targetPath.length === sourcePath.length - 1 && rest(sourcePath, start + 1) === rest(targetPath, start)
  const segment = sourcePath[start]
  if (!segment || (!changed && !dropped)) return undefined
  return [sourceHost, ...sourcePath.slice(0, start + 1)].join('/') + '/'
}
