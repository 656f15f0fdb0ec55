/**
 * Make text from pages inert in GitHub- or GitLab-flavoured Markdown, inside a table cell:
 * no HTML, no emphasis, code, links or cell breaks, no line breaks and no @mentions.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      // Entities first, so the `&` they introduce is not escaped again.
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replace(/[\\`*_[\]|~#!()]/g, '\\$&')
      // A zero-width joiner after `@` keeps the text readable but no longer a mention (or a team ping).
      .replaceAll('@', '@\u200D')
  )
}
