import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {composeTree, noteMissingComponent} from './compose-tree.ts'
import {resolveComponents} from './mdx-components.ts'
import {loadSite} from './load-site.ts'

/**
 * The remark adapter of page composition (for `markdown.processor: unified()` and MDX): a content
 * page the check read is replaced by its composed tree, built from the very trees the check parsed
 * (shortcodes as nodes, `{#id}` moved out). Other files pass through untouched.
 */
export function remarkLockstep(options: {root: string}) {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    if (!file.path) return
    const site = await loadSite(options.root)
    const summary = site.byFile(file.path)
    if (!summary) return
    const composed = await composeTree(site, summary.locale, summary.page)
    if (!composed) return
    // The page's MDX imports and exports stay (the composed sections may use what they bring in),
    // but for files the content does not have: their components become named placeholders.
    const page = resolveComponents(
      tree.children.filter((node) => (node.type as string) === 'mdxjsEsm'),
      composed.children,
      {file: file.path, locale: summary.locale, mdx: /\.mdx$/i.test(file.path), onMissing: (name) => noteMissingComponent(name, summary.file)}
    )
    tree.children = [...page.esm, ...page.children]
  }
}
