// A stand-in for a large MDX site with a long history, made from a real one: the Starlight docs'
// pages copied into `copyN/` folders of every locale (a site `copies` times as large), committed once,
// then `commits` small commits, each adding a paragraph to one page — English pages and
// translations alike, picked by a seeded random sequence, so every run builds the same repository.
// Built with `git fast-import`: thousands of commits in seconds. `npm run bench` times Lockstep on it.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {isLocaleTag} from '../src/engine/content/is-locale-tag.ts'

/** What `syntheticSite` builds. */
export interface SyntheticSite {
  /** The repository's folder. */
  root: string
  /** The content folder, relative to `root`. */
  contentDir: string
  /** Pages in the content folder at HEAD, every locale. */
  pages: number
  /** Commits in the repository. */
  commits: number
}

/**
 * Make the site in `target` (which must not exist) from `from`, a checkout whose content is in
 * `contentDir` (the Starlight docs: English at the root of it, each translation in a locale folder).
 */
export function syntheticSite(from: string, target: string, options: {contentDir: string; copies: number; commits: number; seed?: number}): SyntheticSite {
  const {contentDir, copies, commits} = options
  const tracked = execFileSync('git', ['ls-files', '-z'], {cwd: from, encoding: 'utf8'}).split('\0').filter(Boolean)
  const files = new Map<string, Buffer>()
  const pages: string[] = []
  for (const file of tracked) {
    const bytes = fs.readFileSync(path.join(from, file))
    if (!file.startsWith(`${contentDir}/`)) {
      files.set(file, bytes)
      continue
    }
    const relative = file.slice(contentDir.length + 1)
    const first = relative.split('/')[0]!
    const locale = relative.includes('/') && isLocaleTag(first) ? first : ''
    const rest = locale ? relative.slice(locale.length + 1) : relative
    for (let copy = 1; copy <= copies; copy++) {
      const copied = path.posix.join(contentDir, locale, copy === 1 ? '' : `copy${copy}`, rest)
      files.set(copied, bytes)
      if (/\.mdx?$/.test(copied)) pages.push(copied)
    }
  }

  const random = seeded(options.seed ?? 1)
  const chunks: Buffer[] = []
  const write = (text: string) => chunks.push(Buffer.from(text))
  const blob = (file: string, bytes: Buffer) => {
    write(`M 100644 inline ${file}\ndata ${bytes.length}\n`)
    chunks.push(bytes)
    write('\n')
  }
  const commit = (index: number, message: string) => {
    // A minute apart, from 2024-01-01: the order of commits is the order of their dates.
    const when = 1704067200 + index * 60
    write(`commit refs/heads/main\ncommitter Synthetic <synthetic@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`)
  }
  commit(0, 'The site')
  for (const [file, bytes] of files) blob(file, bytes)
  for (let index = 1; index < commits; index++) {
    const page = pages[Math.floor(random() * pages.length)]!
    const bytes = Buffer.concat([files.get(page)!, Buffer.from(`\nChange ${index} of the synthetic history adds this paragraph.\n`)])
    files.set(page, bytes)
    commit(index, `Change ${index}`)
    blob(page, bytes)
  }

  fs.mkdirSync(target, {recursive: true})
  execFileSync('git', ['init', '--quiet', '--initial-branch', 'main'], {cwd: target})
  execFileSync('git', ['fast-import', '--quiet'], {cwd: target, input: Buffer.concat(chunks)})
  execFileSync('git', ['reset', '--quiet', '--hard', 'main'], {cwd: target})
  return {root: target, contentDir, pages: pages.length, commits}
}

/** A seeded pseudo-random sequence in [0, 1) (mulberry32): the same site on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}
