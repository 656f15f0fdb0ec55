import fs from 'node:fs'
import path from 'node:path'
import type {RootContent} from 'mdast'
import {t} from './i18n.ts'
import {element, inlineElement, isParent, text} from './mdast-element.ts'

/** What the placeholders of a page's missing components need. */
export interface ComponentsContext {
  /** The page's file (imports are resolved from it). */
  file: string
  /** Language of the placeholder's tooltip (the page's locale). */
  locale: string
  /** Whether the page is MDX: in a Markdown page, no component is defined. */
  mdx: boolean
  /** A component shown as a placeholder (for the build log). */
  onMissing(name: string): void
}

interface EsmNode {
  type: 'mdxjsEsm'
  value: string
  data?: {estree?: {body: Statement[]}}
}
interface Statement {
  type: string
  source?: {value: unknown}
  specifiers?: {local: {name: string}}[]
  declaration?: {id?: {name?: string}; declarations?: {id: {name?: string}}[]}
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'
  name: string | null
  children: RootContent[]
}

/**
 * A page's MDX components where the site can render them: an import whose file the content does
 * not have (the Starlight docs' `~/components/…`, which live outside `src/content/docs`) is
 * dropped, and each element of a component that is not defined (so imported, or used by an English
 * section shown in a page that does not import it, or in a Markdown page) becomes a visible
 * placeholder naming it. `import`/`export` statements inside the composed sections are removed
 * (only the page's own, at its top, stay), so they never show as text. Returns the new lists.
 */
export function resolveComponents(esm: RootContent[], children: RootContent[], context: ComponentsContext): {esm: RootContent[]; children: RootContent[]} {
  // Astro's MDX provides `Fragment` without an import.
  const defined = new Set<string>(['Fragment'])
  const dropped = new Set<string>()
  // ESM inside the page's elements (an `export const` in a `<Preview>`) is the page's too; at the
  // top of the composed sections it repeats the page's own, which `esm` already holds (as does any
  // ESM statement whose names the page's own declare: an import in the middle of a page).
  const nested = new Map<RootContent, RootContent | undefined>()
  const collect = (nodes: RootContent[], top: boolean) => {
    for (const node of nodes) {
      if ((node.type as string) === 'mdxjsEsm' && !top && context.mdx) nested.set(node, keepImportable(node, context.file, defined, dropped))
      else if (isParent(node)) collect(node.children as RootContent[], false)
    }
  }
  const kept = (context.mdx ? esm : []).map((node) => keepImportable(node, context.file, defined, dropped)).filter((node): node is RootContent => node !== undefined)
  collect(children, true)
  const convert = (node: RootContent): RootContent[] => {
    if ((node.type as string) === 'mdxjsEsm') {
      const keep = nested.get(node)
      return keep ? [keep] : []
    }
    if ((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') {
      const jsx = node as unknown as JsxNode
      const name = jsx.name ?? ''
      const component = /^[A-Z]/.test(name) || name.includes('.')
      const attributes = (node as unknown as {attributes?: {value?: unknown}[]}).attributes ?? []
      const usesDropped = attributes.some((attribute) => uses(JSON.stringify(attribute.value ?? ''), dropped))
      if ((component && !defined.has(name.split('.')[0]!)) || usesDropped) {
        context.onMissing(name)
        const make = jsx.type === 'mdxJsxFlowElement' ? element : inlineElement
        return [make(jsx.type === 'mdxJsxFlowElement' ? 'div' : 'span', {className: ['component-missing'], dataComponent: name, title: t(context.locale, 'missingComponent')}, [inlineElement('code', {className: ['component-tag']}, [text(`<${name}>`)]) as never, ...(jsx.children.flatMap(convert) as never[])]) as RootContent]
      }
    }
    // An expression reading a value whose import was dropped (`{importedCode}`) would fail at run time.
    if (((node.type as string) === 'mdxFlowExpression' || (node.type as string) === 'mdxTextExpression') && uses((node as unknown as {value: string}).value, dropped)) {
      context.onMissing(`{${(node as unknown as {value: string}).value.trim()}}`)
      return [inlineElement('code', {className: ['component-missing'], title: t(context.locale, 'missingComponent')}, [text(`{${(node as unknown as {value: string}).value.trim()}}`)]) as RootContent]
    }
    if (isParent(node)) (node as {children: RootContent[]}).children = (node.children as RootContent[]).flatMap(convert)
    return [node]
  }
  return {esm: kept, children: children.flatMap(convert)}
}

/** An ESM node without its imports of files the project does not have (undefined when nothing is left); what it declares goes into `defined`. */
function keepImportable(node: RootContent, file: string, defined: Set<string>, dropped: Set<string>): RootContent | undefined {
  const esm = node as unknown as EsmNode
  const body = esm.data?.estree?.body
  if (!body) return node
  // An import of a missing file goes; so does a statement declaring only names already declared
  // (a composed section repeats an import the page has at its top: twice would not compile).
  const statements = body.filter((statement) => {
    if (statement.type === 'ImportDeclaration' && !importable(String(statement.source?.value), file)) {
      for (const name of declaredNames(statement)) dropped.add(name)
      return false
    }
    const names = declaredNames(statement)
    return names.length === 0 || !names.every((name) => defined.has(name))
  })
  for (const statement of statements) for (const name of declaredNames(statement)) defined.add(name)
  if (statements.length === body.length) return node
  if (statements.length === 0) return undefined
  return {...esm, data: {...esm.data, estree: {...esm.data!.estree!, body: statements}}} as unknown as RootContent
}

/** Whether JavaScript source mentions one of the names (as a whole word). */
function uses(source: string, names: Set<string>): boolean {
  for (const name of names) if (new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}($|[^\\w$])`).test(source)) return true
  return false
}

function declaredNames(statement: Statement): string[] {
  if (statement.type === 'ImportDeclaration') return (statement.specifiers ?? []).map((specifier) => specifier.local.name)
  const declaration = statement.declaration
  if (!declaration) return []
  return [declaration.id?.name, ...(declaration.declarations ?? []).map((each) => each.id.name)].filter((name): name is string => Boolean(name))
}

const extensions = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.mdx', '.md', '.svelte', '.vue']

/**
 * Whether an import's file exists. A package name is left to the bundler; a relative path is read
 * from the page's folder, a root-relative one from the file system, and the `~/`, `@/` aliases of
 * Astro projects (`"~/*": ["src/*"]` in tsconfig.json) from the `src` folder above the page.
 */
export function importable(request: string, file: string): boolean {
  // `?raw`, `?url`: Vite's queries name the same file.
  const specifier = request.split('?')[0]!
  let target: string
  if (specifier.startsWith('./') || specifier.startsWith('../')) target = path.resolve(path.dirname(file), specifier)
  else if (specifier.startsWith('/')) target = specifier
  else if (/^[~@]\//.test(specifier)) {
    const parts = path.resolve(file).split(path.sep)
    const src = parts.lastIndexOf('src')
    if (src < 0) return false
    target = path.join(parts.slice(0, src + 1).join(path.sep) || path.sep, specifier.slice(2))
  } else return true
  return extensions.some((extension) => isFile(target + extension)) || extensions.slice(1).some((extension) => isFile(path.join(target, `index${extension}`)))
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
