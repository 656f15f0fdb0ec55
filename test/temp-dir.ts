import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Vitest global setup: every temp folder of a run (the tests' own, and those of the git, lockstep,
 * astro and Chromium processes they start, which inherit TMPDIR) goes into one folder, removed
 * when the run ends. Before, each run left hundreds of `lockstep-*` folders in the system's.
 */
export default function setup(): () => void {
  const before = process.env.TMPDIR
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-tests-'))
  // Passable, not listable, for other users: a test runs the CLI as `nobody` in a folder of its own here.
  fs.chmodSync(dir, 0o711)
  process.env.TMPDIR = dir
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    fs.rmSync(dir, {recursive: true, force: true})
  }
}
