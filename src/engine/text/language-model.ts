import type {isSourceLanguage} from './is-source-language.ts'

/** The language model's check of a text (`isSourceLanguage`). */
export type IsSourceLanguage = typeof isSourceLanguage

/** The language model, loaded on the first `load()` and only then. */
export interface LanguageModel {
  /** Start loading the model (once) and return it. */
  load(): Promise<IsSourceLanguage>
  /** The model's loading, if something asked for it. */
  started(): Promise<IsSourceLanguage> | undefined
}

/**
 * The language model (eld's detector over a compact copy of its data, `eldDetector`) takes about
 * 80 ms and 30 MB to load: a check loads it only when a translated page's rules run, and then
 * while the pages parse (the main thread waits for the parser threads).
 */
export function languageModel(): LanguageModel {
  let model: Promise<IsSourceLanguage> | undefined
  return {
    load() {
      if (!model) {
        model = import('./is-source-language.ts').then((module) => module.isSourceLanguage)
        model.catch(() => {}) // awaited by the rules' run, where a failure surfaces
      }
      return model
    },
    started: () => model
  }
}
