import type {Root} from 'hast'
import {raw} from 'hast-util-raw'
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize'
import type {VFile} from 'vfile'
import type {Site} from './load-site.ts'

/**
 * The `sanitize: true` option: GitHub's sanitation schema (hast-util-sanitize's default) over each
 * composed Markdown page, raw HTML included, keeping what Lockstep and Starlight add: ids without a
 * prefix (the aligned anchors), classes, `lang`, and the section, aside and marker elements.
 * MDX pages are code, not sanitised.
 */
export function rehypeSanitizeContent(options: {site: Site}) {
  const schema = lockstepSchema()
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || file.path.endsWith('.mdx') || !options.site.byFile(file.path)) return
    const clean = sanitize(raw(tree), schema) as Root
    tree.children = clean.children
  }
}

/** The default schema, plus Lockstep's and Starlight's elements and attributes. */
export function lockstepSchema(): Schema {
  const shared = ['className', 'id', 'lang', 'dir', 'title', 'ariaLabel', 'ariaHidden', 'dataPagefindIgnore', 'dataAnchor', 'dataShortcode', 'dataUiMissing']
  // A tag's own `className` list (GitHub's footnote and task-list classes) would win over `*`: drop them.
  const attributes = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, list.filter((each) => !(Array.isArray(each) && each[0] === 'className'))]))
  return {
    ...defaultSchema,
    clobberPrefix: '',
    clobber: [],
    tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'aside', 'label', 'input'],
    attributes: {
      ...attributes,
      '*': [...(attributes['*'] ?? []), ...shared],
      input: [...(defaultSchema.attributes?.input ?? []), ['type', 'checkbox', 'radio'], 'name', 'checked', 'disabled'],
      label: ['htmlFor']
    }
  }
}
