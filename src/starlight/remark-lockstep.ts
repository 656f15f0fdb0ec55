import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {composeTree, noteMissingComponent} from './compose-tree.ts'
import {resolveComponents} from './mdx-components.ts'
import {loadedSite, loadSite} from './load-site.ts'

/**
 * The remark adapter of page composition (for `markdown.processor: unified()` and MDX): a content
 * page the check read is replaced by its composed tree, built from the very trees the check parsed
 * (shortcodes as nodes, `{#id}` moved out). Other files pass through untouched.
 *
 * A Markdown page the site composes is not parsed a second time: its own tree would be thrown
 * away whole, so the processor's parser hands it an empty root (the composed tree comes from the
 * site's parse of the same file). MDX pages are parsed as usual: their imports and exports stay.
 */
export function remarkLockstep(this: Processor, options: {root: string}) {
  const parse = this.parser
  const composedHere = (file: VFile) => Boolean(file.path) && !/\.mdx$/i.test(file.path) && loadedSite(options.root)?.byFile(file.path) !== undefined
  if (parse) this.parser = (document: string, file: VFile) => (composedHere(file) ? {type: 'root', children: []} : parse(document, file))
  return async function transform(tree: Root, file: VFile): Promise<void> {
    if (!file.path) return
    const site = await loadSite(options.root)
    const summary = site.byFile(file.path)
    if (!summary) return
    const composed = await composeTree(site, summary.locale, summary.page)
    if (!composed) {
      // Not composed after all (cannot happen for a page the check read): the page as written.
      if (parse && tree.children.length === 0) tree.children = (parse(String(file.value), file) as Root).children
      return
    }
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
