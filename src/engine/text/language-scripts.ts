import type {Script} from './script.ts'

// Only languages whose script is not Latin need an entry; Japanese and Korean list Han because
// kanji and hanja are part of ordinary text in them.
const nonLatin: Readonly<Record<string, readonly Script[]>> = {
  zh: ['han'],
  ja: ['kana', 'han'],
  ko: ['hangul', 'han'],
  ru: ['cyrillic'],
  uk: ['cyrillic'],
  be: ['cyrillic'],
  bg: ['cyrillic'],
  sr: ['cyrillic'],
  mk: ['cyrillic'],
  kk: ['cyrillic'],
  ky: ['cyrillic'],
  mn: ['cyrillic'],
  ar: ['arabic'],
  fa: ['arabic'],
  ur: ['arabic'],
  ku: ['arabic'],
  ps: ['arabic'],
  hi: ['devanagari'],
  mr: ['devanagari'],
  ne: ['devanagari'],
  bn: ['bengali'],
  as: ['bengali'],
  el: ['greek'],
  he: ['hebrew'],
  yi: ['hebrew'],
  th: ['thai'],
  am: ['other'],
  hy: ['other'],
  ka: ['other'],
  gu: ['other'],
  kn: ['other'],
  lo: ['other'],
  ml: ['other'],
  or: ['other'],
  pa: ['other'],
  ta: ['other'],
  te: ['other']
}

/** The scripts a language is normally written in (`latin` for any language not listed). */
export function scriptsOfLanguage(language: string): readonly Script[] {
  return nonLatin[language] ?? ['latin']
}
