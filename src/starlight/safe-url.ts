/**
 * Whether a link target may be published as a link: `http(s)`, `mailto`, a relative path or a
 * fragment. Anything else (`javascript:`, `vbscript:`, `data:`, unknown schemes) is not. Browsers
 * ignore tabs and newlines in a scheme and its case, so those are stripped first.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '')
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)
  if (!scheme) return true
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())
}
