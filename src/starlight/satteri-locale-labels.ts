import {fileURLToPath} from 'node:url'
import type {Site} from './load-site.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

interface SatteriElement {
  tagName: string
  properties?: Record<string, unknown>
  children?: unknown[]
}

interface SatteriContext {
  textContent(node: unknown): string
}

/**
 * The Sätteri twin of `rehypeLocaleLabels`: Starlight's anchor labels and aside titles, written in
 * the language Starlight guessed from the file's path, rewritten in the page's locale.
 */
export function satteriLocaleLabels(options: {site: Site; useTranslations: (lang: string) => Translate}) {
  const english = options.useTranslations(options.site.sourceLocale)
  // “Section titled “{title}””: the English label around a marker, to take the title back out.
  const [before = '', after = ''] = english('heading.anchorLabel', {title: '\u0000', interpolation: {escapeValue: false}}).split('\u0000')
  return ({fileURL}: {fileURL?: URL}) => {
    const summary = fileURL ? options.site.byFile(fileURLToPath(fileURL)) : undefined
    if (!summary || summary.locale === options.site.sourceLocale) return undefined
    const t = options.useTranslations(summary.locale)
    return {
      name: 'lockstep-locale-labels',
      element: {
        filter: ['span', 'aside', 'p'],
        visit(node: SatteriElement, context: SatteriContext) {
          const classes = String(node.properties?.class ?? node.properties?.className ?? '').split(/[\s,]+/)
          const text = context.textContent(node)
          if (node.tagName === 'span' && classes.includes('sr-only') && text.startsWith(before) && text.endsWith(after) && text.length >= before.length + after.length) {
            const title = text.slice(before.length, text.length - after.length)
            return {type: 'element', tagName: 'span', properties: {...node.properties}, children: [{type: 'text', value: t('heading.anchorLabel', {title, interpolation: {escapeValue: false}})}]}
          }
          // An aside Starlight labelled in English: its `aria-label`, and the title paragraph's text.
          const variant = classes.find((name) => name.startsWith('starlight-aside--'))?.slice('starlight-aside--'.length)
          if (node.tagName === 'aside' && variant && node.properties?.['aria-label'] === english(`aside.${variant}`)) {
            return {type: 'element', tagName: 'aside', properties: {...node.properties, 'aria-label': t(`aside.${variant}`)}, children: relabelTitle(node.children ?? [], english(`aside.${variant}`), t(`aside.${variant}`))}
          }
          return undefined
        }
      }
    }
  }
}

/** The aside's children with the title paragraph's English label replaced. */
function relabelTitle(children: unknown[], from: string, to: string): unknown[] {
  return children.map((child) => {
    const element = child as SatteriElement & {type?: string}
    const classes = String(element.properties?.class ?? element.properties?.className ?? '')
    if (element.type !== 'element' || element.tagName !== 'p' || !classes.includes('starlight-aside__title')) return child
    const inner = (element.children ?? []).map((each) => ((each as {type?: string; value?: string}).type === 'text' && (each as {value: string}).value.trim() === from ? {type: 'text', value: to} : each))
    return {type: 'element', tagName: 'p', properties: {...element.properties}, children: inner}
  })
}
