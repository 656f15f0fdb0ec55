import type {ContentTree} from './find-pages.ts'

/** Where the translation of a source file would live in a locale (same path inside the locale folder). */
export function expectedPath(sourceFile: string, tree: Pick<ContentTree, 'root' | 'layout' | 'sourceLocale'>, locale: string): string {
  const prefix = tree.root === '.' ? '' : `${tree.root}/`
  const inside = tree.layout === 'hugo' ? sourceFile.slice(`${prefix}${tree.sourceLocale}/`.length) : sourceFile.slice(prefix.length)
  return `${prefix}${locale}/${inside}`
}
