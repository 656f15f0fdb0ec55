import path from 'node:path'
import {z} from 'zod'
import {readCacheFile, replaceCacheFile} from '../cache/cache-file.ts'
import type {FoundBase} from './find-base.ts'

const foundBaseSchema = z.strictObject({
  base: z.strictObject({commit: z.string().nullable(), date: z.string().nullable(), from: z.enum(['pin', 'history', 'unknown'])}),
  behind: z.number().int().min(0).nullable(),
  sourceFile: z.string().optional(),
  skipped: z.number().int().min(0).optional(),
  reason: z.string().optional(),
  pinError: z.string().optional()
})

/** Bumped when what the file holds changes. */
const format = 1

/** What one translation's base is found from besides the history: its file and its source's (as git names them), and its pin and what git resolved the pin to. */
export interface BaseRequest {
  target: string
  source: string
  pin: string | undefined
  /** The commit the pin resolved to (`null`: it did not), undefined without a pin. */
  resolved: string | null | undefined
}

/**
 * The translations' bases (`findBase`), remembered in `cacheDir` (`found-bases.json`) under the
 * key of the history they were found in (`indexKey`: the commit graph's tip, the content folder,
 * the ignore keywords, the config): that history never changes under its key, so a base found in
 * it stands while the translation's file, its source's and its pin's commit do. `find` finds the
 * others. On the 12,000-commit stand-in, finding 2,400 bases took an edit run about 70 ms (the
 * ancestry walks and each file's commits). The file keeps this run's bases, and is written only
 * when they change. Without a key (no cache folder, or git could not name the tip) every base is
 * found again.
 */
export async function foundBases(requests: readonly BaseRequest[], cacheDir: string | undefined, indexKey: string | undefined, find: (request: BaseRequest) => FoundBase): Promise<FoundBase[]> {
  if (cacheDir === undefined || indexKey === undefined) return requests.map(find)
  const file = path.join(cacheDir, 'found-bases.json')
  const key = `${format}:${indexKey}`
  const known = await readCacheFile(file, key, foundBaseSchema)
  const kept = new Map<string, FoundBase>()
  const found = requests.map((request) => {
    const id = JSON.stringify([request.target, request.source, request.pin ?? null, request.resolved ?? null])
    const base = known.get(id) ?? find(request)
    kept.set(id, base)
    return base
  })
  await replaceCacheFile(file, key, known, kept)
  return found
}
