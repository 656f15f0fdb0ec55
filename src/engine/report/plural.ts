/** `1 page`, `2 pages`: a count and an English noun that takes `s`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
