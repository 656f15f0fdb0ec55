import path from 'node:path'

/** The part of Vite's plugin API this plugin uses. */
interface ResolveContext {
  resolve(source: string, importer?: string, options?: {skipSelf?: boolean}): Promise<unknown>
}

/**
 * A Vite plugin: a package that a content page outside the site's folder imports (an MDX page of a
 * `LOCKSTEP_ROOT` project importing `@astrojs/starlight/components`) is resolved from the site,
 * as if the page were inside it. Node's lookup from the page's own folder finds no `node_modules`
 * there, and the build would fail on the first such page. Pages inside the site, and relative or
 * aliased imports, are left to Vite.
 */
export function contentImports(options: {contentDir: string; siteRoot: string}) {
  const outside = path.relative(options.siteRoot, options.contentDir).startsWith('..')
  return {
    name: 'lockstep-content-imports',
    enforce: 'pre' as const,
    async resolveId(this: ResolveContext, source: string, importer: string | undefined, resolveOptions?: Record<string, unknown>) {
      if (!outside || !importer) return null
      const file = importer.split('?')[0]!
      if (path.relative(options.contentDir, file).startsWith('..')) return null
      // Bare package names only: `@scope/name…` or `name…`, not paths, aliases (`~/`, `@/`) or virtual modules.
      if (!/^(@[\w.-]+\/)?[\w.-]/.test(source) || /^[a-z][\w+.-]*:/i.test(source)) return null
      return this.resolve(source, path.join(options.siteRoot, 'package.json'), {...resolveOptions, skipSelf: true})
    }
  }
}
