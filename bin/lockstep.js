#!/usr/bin/env node
// Prefer the bundle (fast start-up); fall back to the TypeScript sources on Node ≥ 22.18.
import {existsSync} from 'node:fs'

const bundle = new URL('../dist/cli.js', import.meta.url)
await import(existsSync(bundle) ? bundle.href : new URL('../src/cli/run.ts', import.meta.url).href)
