// What the benchmark scripts share: the corpora, a median, and a count of the git processes run.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The real corpora, beside the project. */
export const corpusDir = path.resolve(import.meta.dirname, '../../shared/corpus')

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/** Clone a corpus bundle's `filtered-main` into `target` (a new temp folder when absent); returns the folder. */
export function cloneCorpus(name: string, target = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-bench-${name}-`))): string {
  execFileSync('git', ['clone', '--quiet', '--branch', 'filtered-main', path.join(corpusDir, `${name}.bundle`), target])
  return target
}

/**
 * A `git` that logs each call before running the real one, to put first on PATH: counts the
 * processes a run starts, not guesses.
 */
export function gitCounter(): {bin: string; calls(): string[]; reset(): void} {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-git-shim-'))
  const realGit = execFileSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).trim()
  const log = path.join(bin, 'calls.log')
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`, {mode: 0o755})
  return {
    bin,
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []),
    reset: () => fs.writeFileSync(log, '')
  }
}
