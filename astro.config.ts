import path from 'node:path'
import {defineConfig} from 'astro/config'
import {loadConfig} from './src/engine/index.ts'
import {reportBuild} from './src/site/astro-integration.ts'

// The site is static: every page is built from one `check` run (see src/site/load-site.ts) of the
// project in LOCKSTEP_ROOT, or of this folder.
const {config} = await loadConfig({cwd: path.resolve(process.env.LOCKSTEP_ROOT ?? '.')})

export default defineConfig({
  // The config's `site` makes alternates and canonical links absolute (`astro build --site <url>` overrides it).
  ...(config.site ? {site: config.site} : {}),
  // Beside the CLI bundle in dist/, which the build must not wipe.
  outDir: './dist/site',
  trailingSlash: 'always',
  build: {format: 'directory'},
  integrations: [reportBuild()],
  devToolbar: {enabled: false}
})
