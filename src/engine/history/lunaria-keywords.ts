import fs from 'node:fs/promises'
import path from 'node:path'

const names = ['lunaria.config.json', 'lunaria.config.ts', 'lunaria.config.mts', 'lunaria.config.js', 'lunaria.config.mjs', 'lunaria.config.cjs']

/**
 * The ignore keywords of a repository's Lunaria config (`tracking.ignoredKeywords`, or the older
 * top-level `ignoreKeywords`), so a commit Lunaria ignores is ignored here too. The config is
 * looked for from the content folder up to the repository root (Starlight keeps it in `docs/`).
 * A JSON config is parsed; a script config is never run, its keyword list is read as a literal.
 * Empty when there is no Lunaria config or it names no keywords.
 */
export async function lunariaKeywords(content: string, root: string): Promise<string[]> {
  for (let folder = content; ; folder = path.dirname(folder)) {
    const found = await keywordsIn(folder)
    if (found) return found
    if (path.relative(root, folder) === '' || path.dirname(folder) === folder || path.relative(root, folder).startsWith('..')) return []
  }
}

async function keywordsIn(folder: string): Promise<string[] | undefined> {
  for (const name of names) {
    let text: string
    try {
      text = await fs.readFile(path.join(folder, name), 'utf8')
    } catch {
      continue
    }
    if (name.endsWith('.json')) {
      try {
        const config = JSON.parse(text) as {tracking?: {ignoredKeywords?: unknown}; ignoreKeywords?: unknown}
        return strings(config.tracking?.ignoredKeywords ?? config.ignoreKeywords)
      } catch {
        return []
      }
    }
    const list = /\bignored?Keywords\s*:\s*\[([^\]]*)\]/.exec(text)
    if (!list) return []
    return strings([...list[1]!.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2]!.replace(/\\(.)/g, '$1')))
  }
  return undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : []
}
