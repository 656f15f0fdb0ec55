/**
 * A word that is code or a name rather than prose: it holds `.`, `_`, `:`, `/` or `()`
 * (`http.route`, `OTEL_SERVICE_NAME`, `k8s:pod`, `/v1/traces`, `start()`), or is camelCase
 * (`spanProcessor`, `OpenTelemetry`). Punctuation around the word (`start().`, `(see`) does not count.
 */
export function isIdentifier(word: string): boolean {
  const core = word.replace(/^[^\p{L}\p{N}_/.]+|[^\p{L}\p{N}_/)]+$/gu, '')
  if (core === '') return false
  return /[\p{L}\p{N}][._:/][\p{L}\p{N}]|^[._/]|_|\(\)/u.test(core) || /\p{Ll}\p{Lu}/u.test(core)
}

/** Every word of the text is an identifier (see `isIdentifier`). */
export function isAllIdentifiers(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return words.length > 0 && words.every(isIdentifier)
}
