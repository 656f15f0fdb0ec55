const identifier = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u

/**
 * Whether two code blocks' tokens are the same program with some of its names translated
 * (`def fazer_trabalho(item_trabalho)` for `def do_work(work_item)`): the same tokens in the same
 * places but for identifiers renamed one to one throughout the block, each new name made of words
 * the translation's own prose uses and the source's prose does not. A name the source renamed
 * (`link` to `slug`) is an English word of the source's prose, so that block still differs.
 */
export function translatedIdentifiers(source: readonly string[], target: readonly string[], words: {source: ReadonlySet<string>; target: ReadonlySet<string>}): boolean {
  if (source.length !== target.length) return false
  const forward = new Map<string, string>()
  const backward = new Map<string, string>()
  const same = new Set<string>()
  for (const [index, from] of source.entries()) {
    const to = target[index]!
    if (from === to) {
      same.add(from)
      continue
    }
    if (!identifier.test(from) || !identifier.test(to)) return false
    if ((forward.get(from) ?? to) !== to || (backward.get(to) ?? from) !== from) return false
    forward.set(from, to)
    backward.set(to, from)
  }
  if (forward.size === 0) return false
  // One to one throughout: a name kept in one place and renamed in another is a changed program.
  for (const [from, to] of forward) if (same.has(from) || same.has(to)) return false
  for (const to of backward.keys()) {
    // Every part a dotted name changed must be a translated word: `item_trabalho.tipo_trabalho`.
    const fromParts = backward.get(to)!.split('.')
    const toParts = to.split('.')
    if (fromParts.length !== toParts.length) return false
    for (const [index, part] of toParts.entries()) {
      if (part === fromParts[index]) continue
      const parts = wordsOf(part)
      if (parts.length === 0 || !parts.some((word) => words.target.has(word) && !words.source.has(word))) return false
    }
  }
  return true
}

/** The lower-case words of a name: `fazer_trabalho`, `fazerTrabalho` → `fazer`, `trabalho`. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2)
    .map((word) => word.toLowerCase())
}

/** The words of a page's prose (headings, paragraphs, cells), lower case: what `translatedIdentifiers` looks names up in. */
export function proseWords(texts: Iterable<{text: string}>): Set<string> {
  const words = new Set<string>()
  for (const {text} of texts) for (const word of text.split(/[^\p{L}]+/u)) if (word.length > 2) words.add(word.toLowerCase())
  return words
}
