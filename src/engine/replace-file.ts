import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Write `data` to `file` through a temporary file beside it, renamed over it: a reader never sees
 * half a file, and a write that fails leaves the old file and no temporary one (the error is thrown).
 * `data` may come in pieces (a report copied from disk, never held whole; a head and a body, not joined).
 */
export async function replaceFile(file: string, data: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await fs.mkdir(path.dirname(file), {recursive: true})
    await fs.writeFile(temporary, data)
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, {force: true}).catch(() => {})
    throw error
  }
}
