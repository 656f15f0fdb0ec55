import {execFileSync} from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildEnv, root} from './build-site.ts'

// A minimal Starlight project, made here the way `npm create astro -- --template starlight` lays
// one out (Astro's default Markdown processor, Sätteri), with Lockstep installed (linked) and added
// to Starlight's plugins: one line.
let project: string

const files: Record<string, string> = {
  'package.json': JSON.stringify({name: 'docs', type: 'module', private: true, dependencies: {'@astrojs/starlight': '*', astro: '*', lockstep: '*'}}),
  'astro.config.mjs': `import starlight from '@astrojs/starlight'
import {defineConfig} from 'astro/config'
import lockstep from 'lockstep/starlight'

export default defineConfig({
  integrations: [
    starlight({
      title: 'Docs',
      defaultLocale: 'root',
      locales: {root: {label: 'English', lang: 'en'}, fr: {label: 'Français', lang: 'fr'}},
      plugins: [lockstep()],
    }),
  ],
})
`,
  'src/content.config.ts': `import {defineCollection} from 'astro:content'
import {docsLoader} from '@astrojs/starlight/loaders'
import {docsSchema} from '@astrojs/starlight/schema'

export const collections = {docs: defineCollection({loader: docsLoader(), schema: docsSchema()})}
`,
  'src/content/docs/index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
  'src/content/docs/guide.md': '---\ntitle: Guide\n---\n\nIntro.\n\n## Install\n\nRun the installer:\n\n```sh\nnpm install lockstep\n```\n\n## Configure\n\nEdit [the config](https://example.com/config) and set the locales.\n',
  'src/content/docs/fr/index.md': '---\ntitle: Accueil\n---\n\nBienvenue.\n',
  'src/content/docs/fr/guide.md': '---\ntitle: Guide\n---\n\nIntroduction.\n\n## Installation\n\nLancez l’installateur :\n\n```sh\nnpm install lockstep\n```\n'
}

beforeAll(async () => {
  // Inside this checkout (test/.tmp, ignored by git), so Node finds Astro and Starlight in its
  // node_modules as in any project that installed them; Lockstep itself is linked in.
  await fs.mkdir(path.join(root, 'test/.tmp'), {recursive: true})
  project = await fs.mkdtemp(path.join(root, 'test/.tmp/plugin-'))
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(project, name)), {recursive: true})
    await fs.writeFile(path.join(project, name), text)
  }
  await fs.mkdir(path.join(project, 'node_modules'))
  await fs.symlink(root, path.join(project, 'node_modules/lockstep'))
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {cwd: project, stdio: 'inherit', env: buildEnv()})
}, 600_000)

afterAll(async () => {
  if (project && !process.env.KEEP_TMP) await fs.rm(project, {recursive: true, force: true})
})

describe('the plugin in a plain Starlight project', () => {
  it('composes the French page: the missing section in English under its English id', async () => {
    const html = await fs.readFile(path.join(project, 'dist/fr/guide/index.html'), 'utf8')
    expect(html).toMatch(/<h2 id="install"[^>]*>Installation<\/h2>/)
    expect(html).toMatch(/<section class="fallback" lang="en">.*<h2 id="configure"[^>]*>Configure<\/h2>/s)
    // Composed through Astro's default processor, Sätteri, with Starlight's labels in French.
    expect(html).toContain('Section intitulée « Installation »')
  })

  it('adds the status page and the side-by-side view', async () => {
    expect(await fs.readFile(path.join(project, 'dist/status/index.html'), 'utf8')).toContain('Translation status')
    expect(await fs.readFile(path.join(project, 'dist/translate/fr/guide/index.html'), 'utf8')).toContain('row-configure')
  })
})
