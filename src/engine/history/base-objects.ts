import path from 'node:path'
import {z} from 'zod'
import {readCacheFile, replaceCacheFile} from '../cache/cache-file.ts'
import {hashPattern} from './read-file-log.ts'
import {readObjects, type GitObject} from './read-objects.ts'

/** Whether a name is under a commit's id, as the bases name them: it names the same object for good (one under a ref does not). */
const underCommit = (name: string) => name.includes(':') && hashPattern.test(name.slice(0, name.indexOf(':')))

const objectSchema = z.object({oid: z.string().regex(/^[0-9a-f]+$/), type: z.string()})

/** Bumped when what the file holds changes. */
const format = 1

/**
 * The objects of `<commit>:<path>` names (the sources at the translations' bases), as
 * `readObjects` finds them, remembered in `cacheDir` (`base-objects.json`) between runs: a
 * commit's tree never changes, so git is asked only about names it was not asked about before.
 * A name git cannot find (a shallow clone short of the commit) is asked again next time. On the
 * 12,000-commit stand-in, the `git cat-file` of an edit run's 2,400 names took about 100 ms.
 * The file keeps the names of this run, and is written only when they change.
 */
export async function readBaseObjects(root: string, names: readonly string[], cacheDir: string | undefined): Promise<Map<string, GitObject | null>> {
  const file = cacheDir === undefined ? undefined : path.join(cacheDir, 'base-objects.json')
  // The repository's own folder in the key: a cache folder moved beside another clone starts afresh.
  const key = `${format}:${root}`
  const known = file ? await readCacheFile(file, key, objectSchema, underCommit) : new Map<string, GitObject>()
  const asked = await readObjects(root, names.filter((name) => !known.has(name)), {content: false})
  const result = new Map<string, GitObject | null>()
  const kept = new Map<string, GitObject>()
  for (const name of names) {
    const object = known.get(name) ?? asked.get(name) ?? null
    result.set(name, object)
    if (object && underCommit(name)) kept.set(name, {oid: object.oid, type: object.type})
  }
  if (file) await replaceCacheFile(file, key, known, kept)
  return result
}
