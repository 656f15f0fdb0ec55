#!/usr/bin/env node
// Prefer the bundle (fast start-up); fall back to the TypeScript sources on Node ≥ 22.18.
import {existsSync} from 'node:fs'
import module from 'node:module'

// V8's compiled code for the bundle kept on disk between runs (in the OS temp folder, or
// NODE_COMPILE_CACHE): a second run skips compiling the parser. Quiet when it cannot be enabled.
const cache = module.enableCompileCache?.()
// Worker threads inherit the cache through the environment.
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory

const bundle = new URL('../dist/cli.js', import.meta.url)
await import(existsSync(bundle) ? bundle.href : new URL('../src/cli/run.ts', import.meta.url).href)
