import {runGit} from './run-git.ts'

/** A git object found by `git cat-file`. */
export interface GitObject {
  oid: string
  type: string
  /** The object's bytes, when read with content. */
  content?: Buffer
}

/**
 * Look up many objects (`<commit>:<path>`, `<hash>^{commit}`) in one `git cat-file` process.
 * With `content`, names are first resolved with `--batch-check` and each distinct object is read
 * once with `--batch`: fifteen locales translated from the same source revision share one blob.
 * Missing or ambiguous names map to `null`.
 */
export async function readObjects(root: string, names: readonly string[], options: {content: boolean}): Promise<Map<string, GitObject | null>> {
  const result = new Map<string, GitObject | null>()
  const unique = [...new Set(names)].filter((name) => !name.includes('\n'))
  if (unique.length === 0) return result
  const checked = (await runGit(root, ['cat-file', '--batch-check'], unique.join('\n') + '\n')).toString('utf8').split('\n')
  for (const [index, name] of unique.entries()) {
    // `<oid> <type> <size>` when found; else the name (which may hold spaces) and `missing` or `ambiguous`.
    const found = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) (\d+)$/.exec(checked[index] ?? '')
    result.set(name, found ? {oid: found[1]!, type: found[2]!} : null)
  }
  if (!options.content) return result

  const contents = await readContents(root, [...result.values()].filter((object) => object !== null).map((object) => object.oid))
  for (const object of result.values()) {
    const content = object ? contents.get(object.oid) : undefined
    if (object && content) object.content = content
  }
  return result
}

/** The bytes of objects named by their ids, each distinct one read once, in one `git cat-file --batch`; a missing one is left out. */
export async function readContents(root: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>()
  const unique = [...new Set(oids)].filter((oid) => /^[0-9a-f]+$/.test(oid))
  if (unique.length === 0) return contents
  const output = await runGit(root, ['cat-file', '--batch'], unique.join('\n') + '\n')
  let offset = 0
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset)
    if (end < 0) break
    const [oid, , size] = output.subarray(offset, end).toString('utf8').split(' ')
    const length = Number(size)
    // `<oid> missing` has no size and no content.
    if (!Number.isFinite(length)) {
      offset = end + 1
      continue
    }
    contents.set(oid!, output.subarray(end + 1, end + 1 + length))
    offset = end + 1 + length + 1
  }
  return contents
}
