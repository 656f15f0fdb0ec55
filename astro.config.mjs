import {createHash} from 'node:crypto'
import path from 'node:path'
import {unified} from '@astrojs/markdown-remark'
import starlight from '@astrojs/starlight'
import {defineConfig} from 'astro/config'
import {loadConfig} from './src/engine/index.ts'
import lockstep, {lockstepLocales} from './src/starlight/index.ts'
import {lockstepPlain} from './src/starlight/plain.ts'

// The site of `content/` (or of the project in LOCKSTEP_ROOT): Starlight, with Lockstep's plugin.
const {config} = await loadConfig({cwd: path.resolve(process.env.LOCKSTEP_ROOT ?? '.')})
// Astro's content store belongs to one content tree: another project's (LOCKSTEP_ROOT), built plain
// or with the plugin, gets a store of its own, so two builds of different content (the e2e tests
// run at once, the bench alternates) never rename each other's `data-store.json` away.
const storeKey = process.env.LOCKSTEP_ROOT && createHash('sha256').update(`${path.resolve(process.env.LOCKSTEP_ROOT)}\0${process.env.LOCKSTEP_PLAIN ?? ''}`).digest('hex').slice(0, 16)

export default defineConfig({
  // The config's `site` makes alternates and canonical links absolute (`astro build --site <url>` overrides it).
  ...(config.site ? {site: config.site} : {}),
  // Beside the CLI bundle in dist/, which the build must not wipe.
  outDir: './dist/site',
  ...(storeKey ? {cacheDir: `./node_modules/.astro/${storeKey}`} : {}),
  trailingSlash: 'always',
  // unified (remark) rather than Astro's default Sätteri: Lockstep composes Markdown pages with
  // either, MDX pages (a Starlight project's, through LOCKSTEP_ROOT) only with remark.
  markdown: {processor: unified()},
  // `LOCKSTEP_PLAIN=1`: plain Starlight over the same content (only what Starlight needs to load it,
  // src/starlight/plain.ts), the baseline `npm run bench` times the plugin against.
  integrations: [starlight({title: 'Lockstep', defaultLocale: 'root', locales: await lockstepLocales(), plugins: [process.env.LOCKSTEP_PLAIN === '1' ? lockstepPlain() : lockstep()]})],
  devToolbar: {enabled: false}
})
