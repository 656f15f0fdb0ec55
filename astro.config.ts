import {defineConfig} from 'astro/config'
import {reportUnknownShortcodes} from './src/site/astro-integration.ts'

// The site is static: every page is built from one `check` run (see src/site/load-site.ts).
export default defineConfig({
  // Beside the CLI bundle in dist/, which the build must not wipe.
  outDir: './dist/site',
  trailingSlash: 'always',
  build: {format: 'directory'},
  integrations: [reportUnknownShortcodes()],
  devToolbar: {enabled: false}
})
