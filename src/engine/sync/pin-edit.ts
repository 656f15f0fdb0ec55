import type {Edit} from './types.ts'

/**
 * The edit that sets a translation's front-matter pin (`default_lang_commit`, or the configured
 * key) to a commit: the value alone is replaced, its quotes and everything around kept; a page
 * without the key gets it as the first line of its YAML or TOML front matter. `undefined` for a
 * page without front matter.
 */
export function pinEdit(text: string, key: string, commit: string): Edit | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const fence = /^(---|\+\+\+)(\r?\n)/.exec(text.slice(start))
  if (!fence) return undefined
  const close = text.indexOf(`\n${fence[1]}`, start + fence[0].length - 1)
  if (close === -1) return undefined
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const line = new RegExp(`^([ \\t]*["']?${escaped}["']?[ \\t]*[:=][ \\t]*)(["']?)([^"'\\s#]*)\\2`, 'm')
  const frontmatter = text.slice(start, close)
  const match = line.exec(frontmatter)
  if (match) {
    const at = start + match.index + match[1]!.length + match[2]!.length
    return {start: at, end: at + match[3]!.length, text: commit}
  }
  const at = start + fence[0].length
  return {start: at, end: at, text: fence[1] === '---' ? `${key}: ${commit}${fence[2]}` : `${key} = "${commit}"${fence[2]}`}
}
