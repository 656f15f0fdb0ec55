/** The BCP-47 tag of a content locale folder, as `<html lang>` and `hreflang` write it (`zh-cn` → `zh-CN`, `pt-br` → `pt-BR`). */
export function starlightLang(locale: string): string {
  return locale.replace(/-([a-z]{2})$/i, (_, region: string) => `-${region.toUpperCase()}`)
}
