import {execFileSync, spawn} from 'node:child_process'

/**
 * Run git in `cwd` and collect its standard output; rejects on a non-zero exit.
 *
 * GIT_DIR and friends are dropped from the environment: inside a git hook they point at the
 * hook's repository, not at the content's.
 */
export function runGit(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe']})
    const chunks: Buffer[] = []
    const errors: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks))
      else reject(new Error(`git ${args[0]} exited with ${code}: ${Buffer.concat(errors).toString('utf8').trim()}`))
    })
    // A closed pipe (git exiting early) must not crash the process.
    child.stdin.on('error', () => {})
    child.stdin.end(input ?? '')
  })
}

/** A blob's bytes, read at once (a rare fallback where a caller cannot wait); throws when git cannot. */
export function readBlobSync(cwd: string, oid: string): Buffer {
  if (!/^[0-9a-f]+$/.test(oid)) throw new Error(`not a blob id: ${JSON.stringify(oid)}`)
  return execFileSync('git', ['-c', 'core.quotePath=false', 'cat-file', 'blob', oid], {cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
}

/** The environment without the variables a git hook sets, which point at the hook's repository. */
function gitEnv(): NodeJS.ProcessEnv {
  const env = {...process.env}
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[name]
  return env
}
