const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const word = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu

/**
 * Size of a text in its script's own units: words, where Han, kana and Hangul characters count
 * as half a word each (a Chinese character carries about half an English word).
 */
export function measureSize(text: string): number {
  const ideographs = text.match(cjk)?.length ?? 0
  const words = ideographs > 0 ? text.replace(cjk, ' ').match(word)?.length ?? 0 : text.match(word)?.length ?? 0
  return words + Math.round(ideographs / 2)
}
