/** Text for HTML: `&`, `<`, `>` and `"` as entities (for attributes and text alike). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
