import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Write a page's new text in place of the bytes it was planned from, atomically: a temp file
 * beside it with the same permissions, then a rename. Refuses (with the reason) a file outside
 * the content folder, a symbolic link (or a path through one), and a file whose bytes changed
 * since they were read.
 */
export async function writePage(options: {file: string; contentDir: string; expected: Uint8Array; text: string}): Promise<{written: true} | {written: false; reason: string}> {
  const {file} = options
  const root = await fs.realpath(options.contentDir)
  let real: string
  try {
    const stat = await fs.lstat(file)
    if (stat.isSymbolicLink()) return {written: false, reason: 'is a symbolic link: not written through'}
    real = await fs.realpath(file)
  } catch (error) {
    return {written: false, reason: `cannot be read: ${(error as Error).message}`}
  }
  // A folder on the way may be a link out of the content tree: the real path decides.
  const inside = path.relative(root, real)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return {written: false, reason: 'is outside the content folder'}
  // A link to a folder inside the tree writes one file under two names: not through a link either.
  if (inside !== path.relative(path.resolve(options.contentDir), path.resolve(file))) return {written: false, reason: 'is reached through a symbolic link: not written through'}
  const now = await fs.readFile(real)
  if (!now.equals(Buffer.from(options.expected))) return {written: false, reason: 'changed since it was read: skipped'}
  const {mode} = await fs.stat(real)
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.lockstep-${process.pid}-${Date.now()}.tmp`)
  try {
    await fs.writeFile(temp, options.text, {mode: mode & 0o7777, flag: 'wx'})
    await fs.chmod(temp, mode & 0o7777)
    await fs.rename(temp, real)
  } catch (error) {
    await fs.rm(temp, {force: true})
    throw error
  }
  return {written: true}
}
