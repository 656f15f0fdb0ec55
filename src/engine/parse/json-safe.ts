/**
 * Front-matter values as plain JSON data: what a page's summary holds must be the same whether it
 * was made in this thread, on a worker thread (structured clone) or read back from the cache
 * (JSON). YAML and TOML can give more than JSON has: `!!binary` (a Buffer, which a worker sends as
 * a bare Uint8Array), `!!set`, `!!omap` and pairs (Set, Map), dates, big integers, NaN. Bytes
 * become their base64 text (what the page wrote), dates ISO 8601, sets arrays, maps objects,
 * numbers JSON cannot carry `null`, as `JSON.stringify` would.
 */
export function jsonSafe(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (Array.isArray(value) || value instanceof Set) return [...value].map((item) => jsonSafe(item) ?? null)
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [String(key), jsonSafe(item)] as const).filter(([, item]) => item !== undefined))
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const safe = jsonSafe(item)
      if (safe !== undefined) result[key] = safe
    }
    return result
  }
  // Functions, symbols, undefined: JSON drops them.
  return undefined
}
