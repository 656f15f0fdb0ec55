import {fileURLToPath} from 'node:url'
import type {Root, RootContent} from 'mdast'
import {composeTree, noteMissingComponent} from './compose-tree.ts'
import {resolveComponents} from './mdx-components.ts'
import {isParent} from './mdast-element.ts'
import {loadSite} from './load-site.ts'

/** What a Sätteri mdast plugin's `before` hook gets besides the root: the subset used here. */
interface SatteriContext {
  replaceNode(node: unknown, replacement: unknown): void
}

/**
 * The Sätteri adapter of page composition (Astro 7's default Markdown processor, which runs no
 * remark plugins): the same `composeTree` step, handed to Sätteri as the document's new root.
 * Sätteri encodes standard mdast only, so the composed page's elements go as paragraphs with
 * `data.hName` (as Starlight's own Sätteri plugins build elements). Markdown pages only: MDX pages
 * keep their imports in Sätteri's own tree, so they stay uncomposed there (the plugin logs it).
 */
export function satteriLockstep(options: {root: string; onMdx: (file: string) => void}) {
  return ({fileURL, sourceFormat}: {fileURL?: URL; sourceFormat?: string}) => {
    if (!fileURL) return undefined
    const file = fileURLToPath(fileURL)
    return {
      name: 'lockstep-compose',
      async before(root: unknown, context: SatteriContext) {
        const site = await loadSite(options.root)
        const summary = site.byFile(file)
        if (!summary) return
        if (sourceFormat === 'mdx') return options.onMdx(summary.file)
        const composed = await composeTree(site, summary.locale, summary.page)
        if (!composed) return
        // A Markdown page defines no component: those of English MDX sections shown here are placeholders.
        const {children} = resolveComponents([], composed.children, {file, locale: summary.locale, mdx: false, onMissing: (name) => noteMissingComponent(name, summary.file)})
        context.replaceNode(root, encodable({type: 'root', children}))
      }
    }
  }
}

/** The composed tree with Lockstep's own element nodes as paragraphs carrying `data.hName`. */
function encodable(tree: Root): Root {
  const convert = (node: RootContent): RootContent => {
    const out = (node.type as string) === 'lockstepElement' ? ({...node, type: 'paragraph'} as RootContent) : node
    if (isParent(out)) (out as {children: RootContent[]}).children = (out.children as RootContent[]).map(convert)
    return out
  }
  return {type: 'root', children: tree.children.map(convert)}
}
