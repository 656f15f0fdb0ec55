#!/usr/bin/env node
// Prefer the bundle (fast start-up); fall back to the TypeScript sources on Node ≥ 22.18.
import {existsSync} from 'node:fs'
import module from 'node:module'
import v8 from 'node:v8'

// No TurboFan, V8's optimizing compiler: Maglev's code is a little slower, and compiles in a
// fraction of the time. A cold check runs the same hot parser code in three isolates (this thread
// and two parser threads), each compiling it on its own: on Starlight's docs V8's helper threads
// took 5.0 s of CPU (1.2 s with compilation moved off them) beside the parser threads' 5.8 s.
// Measured on two cores, whole processes alternated with the build before: Starlight's docs cold
// 7.7 → 7.0 s, OpenTelemetry cold 18.4 → 17.1 s; warm and edited runs the same within noise. Set
// before any code runs hot, and process-wide: the parser threads have it too.
v8.setFlagsFromString('--no-turbofan')

// V8's compiled code for the bundle kept on disk between runs (in the OS temp folder, or
// NODE_COMPILE_CACHE): a second run skips compiling the parser. Quiet when it cannot be enabled.
const cache = module.enableCompileCache?.()
// Worker threads inherit the cache through the environment.
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory

const bundle = new URL('../dist/cli.js', import.meta.url)
await import(existsSync(bundle) ? bundle.href : new URL('../src/cli/run.ts', import.meta.url).href)
