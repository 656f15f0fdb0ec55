import type {LinkRef} from '../sections/types.ts'

/**
 * A link as two versions of one page are compared: its comparable target and, for an external
 * link, the fragment too. The target leaves an external link's fragment out (a translation links
 * to the localised edition of external docs, whose fragments are localised), but between two
 * versions of the source a new fragment is a link fixed (the external page renamed its heading),
 * which a translation still holding the old one has to follow.
 */
export function linkKey(link: Pick<LinkRef, 'url' | 'target'>): string {
  if (!/^https?:\/\//i.test(link.target)) return link.target
  const hash = link.url.indexOf('#')
  return hash === -1 || hash === link.url.length - 1 ? link.target : `${link.target}${link.url.slice(hash)}`
}
