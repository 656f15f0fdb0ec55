// Bundle the CLI (and the library entry) for Node: starting a few modules is much faster than
// resolving hundreds, and Node does not strip types inside node_modules.
import fs from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'
import {hashSources} from '../src/engine/version.ts'

// Chunk names carry a hash: drop the previous build's (but not the site in dist/site).
for (const name of fs.existsSync('dist') ? fs.readdirSync('dist') : []) if (name.endsWith('.js')) fs.rmSync(path.join('dist', name))

await build({
  entryPoints: {cli: 'src/cli/run.ts', index: 'src/engine/index.ts', 'summarize-worker': 'src/engine/content/summarize-worker.ts'},
  outdir: 'dist',
  bundle: true,
  // Shared chunks, and the language model loaded only when a page is checked.
  splitting: true,
  // Chunks sit beside the entries, so `new URL('./summarize-worker.js', import.meta.url)` finds the worker from any of them.
  chunkNames: 'chunk-[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'bundle',
  legalComments: 'none',
  // The cache keys name the build, so a cache made by another build of the same version is not read.
  define: {__LOCKSTEP_BUILD__: JSON.stringify(hashSources('src/engine'))},
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
  logLevel: 'warning'
})
