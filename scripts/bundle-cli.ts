// Bundle the CLI into one file: starting one module is much faster than resolving hundreds.
import {build} from 'esbuild'

await build({
  entryPoints: {cli: 'src/cli/run.ts', 'summarize-worker': 'src/engine/content/summarize-worker.ts'},
  outdir: 'dist',
  bundle: true,
  // Shared chunks, and the language model loaded only when a page is checked.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'bundle',
  legalComments: 'none',
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
  logLevel: 'warning'
})
