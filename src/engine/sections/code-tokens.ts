/** Whether a code block's language is mostly prose (Markdown, HTML, YAML examples). */
export function isProseLike(lang: string | null | undefined): boolean {
  return proseLike.has((lang ?? '').toLowerCase())
}

/** Languages whose letter-only words are prose a translator may translate. */
// A Mermaid diagram's labels are prose (`subgraph first[How to contribute]`), translated with the page.
const proseLike = new Set(['', 'md', 'mdx', 'markdown', 'markdoc', 'text', 'txt', 'plaintext', 'html', 'astro', 'yaml', 'yml', 'toml', 'jsx', 'tsx', 'vue', 'svelte', 'diff', 'mermaid'])
// Windows batch files comment with `rem` and `::`.
const remComment = new Set(['bat', 'batch', 'cmd'])
const hashComment = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'shellsession', 'yaml', 'yml', 'toml', 'python', 'py', 'ruby', 'dockerfile', 'ini', 'conf', 'powershell', 'ps1', 'r', 'make', 'makefile'])

/**
 * The tokens of a code block that must stay the same in a translation.
 *
 * Translators rightly translate comments, string literals and the prose inside Markdown or
 * HTML examples; commands, identifiers, paths, options and syntax must not change. So comments
 * (`#`, `//`, `rem`), placeholders in commands (`<your_file_name>`) and string contents are dropped, and so are letter-only words in prose-like languages (and
 * words with non-ASCII letters everywhere).
 */
export function codeTokens(value: string, lang: string | null | undefined): string[] {
  const language = (lang ?? '').toLowerCase()
  let code = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[\s;])\/\/[^\n]*/g, '$1')
  if (hashComment.has(language)) code = code.replace(/(^|\s)#(?![!{])[^\n]*/g, '$1')
  if (remComment.has(language)) code = code.replace(/^[ \t@]*(?:rem\b|::)[^\n]*/gim, '')
  // A placeholder for the reader's own value (`<your_file_name>`, `<tomcat_home>`) is written in their language.
  if (hashComment.has(language) || remComment.has(language)) code = code.replace(/<[\p{L}_][\p{L}\p{N}_ -]*>/gu, '<>')
  code = code.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '$1$1')
  const prose = proseLike.has(language)
  const tokens: string[] = []
  for (const match of code.matchAll(/[\p{L}\p{N}_$.\/@:-]+|[^\s\p{L}\p{N}]/gu)) {
    // Sentence punctuation belongs to the prose around a word, not to the code.
    const token = match[0].replace(/(?<=.)[.,:;!?]+$/u, '')
    const word = prose ? token.replace(/^[_*]+|[_*:]+$/g, '') : token
    if (/^[\p{L}'’]+(?:-[\p{L}'’]+)*$/u.test(word) && (prose || /[^\x00-\x7F]/.test(word))) continue
    if (prose && /^[.,;:!?¡¿"'«»„“”‘’—–-]$/u.test(token)) continue
    tokens.push(token)
  }
  return tokens
}
