/** A URL fragment as the page defines it (`#fu%C3%9Fzeile` is `#fußzeile`); malformed escapes stay as written. */
export function decodeFragment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
