/**
 * The marker `lockstep sync` puts under the heading of a source section it copied into a
 * translation: an HTML comment in Markdown, a JSX comment in MDX (where HTML comments are not
 * allowed). Neither renders; the check reports the section as an untranslated scaffold and the
 * site shows it as a fallback.
 */
export function scaffoldMarker(mdx: boolean): string {
  return mdx ? '{/* lockstep:untranslated */}' : '<!-- lockstep:untranslated -->'
}

/** Whether an `html` node's or an MDX expression's value is the scaffold marker. */
export function isScaffoldMarker(type: string, value: string): boolean {
  if (type === 'html') return /^<!--\s*lockstep:untranslated\s*-->$/.test(value.trim())
  if (type === 'mdxFlowExpression') return /^\/\*\s*lockstep:untranslated\s*\*\/$/.test(value.trim())
  return false
}
