import type {Element, ElementContent, Root} from 'hast'
import type {VFile} from 'vfile'
import type {Site} from './load-site.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * Starlight labels heading anchors and asides in the language of a file's path under
 * `src/content/docs`; a content folder elsewhere would get the default language everywhere. Runs
 * after Starlight's own plugins and relabels them in the page's locale, as the check knows it.
 */
export function rehypeLocaleLabels(options: {site: Site; useTranslations: (lang: string) => Translate}) {
  const english = options.useTranslations(options.site.sourceLocale)
  return function transform(tree: Root, file: VFile): void {
    const summary = file.path ? options.site.byFile(file.path) : undefined
    if (!summary || summary.locale === options.site.sourceLocale) return
    const t = options.useTranslations(summary.locale)
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        const className = classesOf(child)
        if (className.includes('sl-anchor-link')) {
          const label = child.children.find((each): each is Element => each.type === 'element' && classesOf(each).includes('sr-only'))
          const heading = node.children.find((each): each is Element => each.type === 'element' && /^h[1-6]$/.test(each.tagName))
          if (label && heading) label.children = [{type: 'text', value: t('heading.anchorLabel', {title: textOf(heading as ElementContent), interpolation: {escapeValue: false}})}]
        }
        const variant = className.find((name) => typeof name === 'string' && name.startsWith('starlight-aside--'))?.slice('starlight-aside--'.length)
        // Set as hast (`ariaLabel`) or, from Markdown's `hProperties`, as written (`aria-label`).
        const labelKey = 'aria-label' in child.properties ? 'aria-label' : 'ariaLabel'
        if (variant && child.properties[labelKey] === english(`aside.${variant}`)) {
          const label = t(`aside.${variant}`)
          child.properties[labelKey] = label
          const title = child.children.find((each): each is Element => each.type === 'element' && classesOf(each).includes('starlight-aside__title'))
          if (title) title.children = title.children.map((each) => (each.type === 'text' ? {type: 'text', value: label} : each))
        }
        visit(child)
      }
    }
    visit(tree)
  }
}

/** An element's classes, whether a plugin set `className` (hast) or `class` (as Starlight's anchor link does). */
function classesOf(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}
