/** The locale prefix of an internal URL (`/es/docs/…`), if it has one. */
export function localeOfUrl(url: string, locales: ReadonlySet<string>): string | undefined {
  const match = /^(?:https?:\/\/[^/]+)?\/([^/#?]+)\//.exec(url.trim())
  const first = match?.[1]?.toLowerCase()
  return first !== undefined && locales.has(first) ? first : undefined
}
