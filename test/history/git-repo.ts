import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {check, type CheckResult} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import type {UserConfig} from '../../src/engine/config/schema.ts'

/** A throwaway git repository with a `content/` folder, for history tests. */
export interface TestRepo {
  root: string
  /** Run git in the repository and return its output. */
  git(...args: string[]): string
  /** Write files under `content/` (`null` deletes). */
  write(files: Record<string, string | null>): void
  /** Stage everything and commit; `date` sets author and committer date (ISO). Returns the hash. */
  commit(message: string, date?: string): string
  check(config?: UserConfig): Promise<CheckResult>
}

// The hooks that run these tests may set GIT_DIR; the test repositories are their own.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')))
let clock = Date.parse('2024-01-01T00:00:00Z')

/** Make a repository in a temp folder, with a local user, on branch `main`. */
export function makeRepo(dir?: string): TestRepo {
  const root = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-git-'))
  const git = (...args: string[]) => execFileSync('git', args, {cwd: root, env, encoding: 'utf8'})
  if (!dir) {
    git('init', '--quiet', '-b', 'main')
    git('config', 'user.name', 'Test')
    git('config', 'user.email', 'test@example.com')
    git('config', 'commit.gpgsign', 'false')
  }
  return {
    root,
    git,
    write(files) {
      for (const [name, text] of Object.entries(files)) {
        const file = path.join(root, 'content', name)
        if (text === null) fs.rmSync(file, {force: true})
        else {
          fs.mkdirSync(path.dirname(file), {recursive: true})
          fs.writeFileSync(file, text)
        }
      }
    },
    commit(message, date) {
      clock += 60_000
      const when = date ?? new Date(clock).toISOString()
      git('add', '-A')
      execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {cwd: root, env: {...env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when}})
      return git('rev-parse', 'HEAD').trim()
    },
    check(config = {}) {
      return check({config: validateConfig(config), cwd: root})
    }
  }
}

/** Clone a repository (e.g. `--depth 1`) into a temp folder. */
export function cloneRepo(from: TestRepo, ...args: string[]): TestRepo {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-clone-')), 'repo')
  execFileSync('git', ['clone', '--quiet', ...args, `file://${from.root}`, target], {env})
  return makeRepo(target)
}

/** A small English page with three sections. */
export const english = `# Guide

Lockstep keeps translations in step with their source.

## Install

Run \`npm install lockstep\` to add it to a project.

## Configure

Edit \`lockstep.config.json\` and set the [locales](/docs/locales/).

## Run

Run \`npx lockstep check\` and read the report carefully.
`

/** Its Spanish translation. */
export const spanish = `# Guía

Lockstep mantiene las traducciones al día con su fuente.

## Instalar

Ejecuta \`npm install lockstep\` para añadirlo a un proyecto.

## Configurar

Edita \`lockstep.config.json\` y define los [idiomas](/docs/locales/).

## Ejecutar

Ejecuta \`npx lockstep check\` y lee el informe con atención.
`
