import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {StarlightPlugin} from '@astrojs/starlight/types'
import {loadConfig} from '../engine/index.ts'
import {siteRoot} from './load-site.ts'
import {resolveComponents} from './mdx-components.ts'
import {contentImports} from './vite-content-imports.ts'

/**
 * Plain Starlight over a Lockstep project's content, the baseline `npm run bench` times the plugin
 * against (`LOCKSTEP_PLAIN=1`). It does only what any Starlight site needs to load that content at
 * all, and none of Lockstep's analysis (no check, no composition, no injected routes, no sidebar,
 * banners or language picker of Lockstep's): with `plainLoader()` (Hugo's `_index.md` as its
 * folder's page, `_`-files left out, a title from the H1 when the front matter has none, missing
 * hero images dropped), this plugin lets Starlight process asides in a content folder outside
 * `src/content/docs`, resolves the packages that pages outside the site import, and renders an
 * MDX import of a file the content does not have (the Starlight docs' `~/components/…`) as the
 * same named placeholder the plugin renders, without which the build fails.
 */
export function lockstepPlain(options: {root?: string} = {}): StarlightPlugin {
  return {
    name: 'lockstep-plain',
    hooks: {
      async 'config:setup'({config, updateConfig, addIntegration, astroConfig}) {
        const {config: lockstep, cwd} = await loadConfig({cwd: path.resolve(options.root ?? siteRoot())})
        const contentDir = path.resolve(cwd, lockstep.contentDir)
        updateConfig({markdown: {...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), contentDir]}})
        const processor = astroConfig.markdown.processor as unknown as {options?: {remarkPlugins?: unknown[]}}
        processor.options?.remarkPlugins?.unshift([remarkMissingImports, {contentDir}])
        addIntegration({
          name: 'lockstep-plain',
          hooks: {
            'astro:config:setup'({config: astro, updateConfig: update}) {
              update({vite: {plugins: [contentImports({contentDir, siteRoot: fileURLToPath(astro.root)}) as never]}})
            }
          }
        })
      }
    }
  }
}

/** A remark plugin: in an MDX page of the content, components whose import names no file become named placeholders. */
export function remarkMissingImports(options: {contentDir: string}) {
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || !/\.mdx$/i.test(file.path) || path.relative(options.contentDir, file.path).startsWith('..')) return
    const esm = (node: RootContent) => (node.type as string) === 'mdxjsEsm'
    const page = resolveComponents(tree.children.filter(esm), tree.children.filter((node) => !esm(node)), {file: file.path, locale: 'en', mdx: true, onMissing: () => {}})
    tree.children = [...page.esm, ...page.children]
  }
}
