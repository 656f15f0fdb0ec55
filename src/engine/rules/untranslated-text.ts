import {splitSentences} from '../text/split-sentences.ts'
import {functionWords} from '../text/function-words.ts'
import {languageOfLocale} from '../text/language-of-locale.ts'
import {isNameHeading, isTitleCase, keptElsewhere} from './is-name-heading.ts'
import {pathOf, publishedTitles, untranslatedShare, withoutTitles} from './untranslated-share.ts'
import type {LinkRef, SectionSummary, TextBlock} from '../sections/types.ts'
import type {Rule, RuleContext} from './types.ts'

/** Prose left in the source language inside a translated section. */
export const untranslatedText: Rule = {
  id: 'untranslated-text',
  description: 'Headings, paragraphs, sentences and link texts of a translated section are translated',
  severity: 'warning',
  docs: 'Finds a heading, paragraph, sentence or link text still in the source language inside a section that is otherwise translated (a wholly untranslated section is `untranslated-section` instead). Product names and identifiers that appear on both pages are ignored. A heading that is code or a name is not reported: only inline code, only identifiers (`http.route`, `OTEL_SERVICE_NAME`, `spanProcessor`, `start()`), a Title Case name with a brand word or an acronym (`Kubernetes Community Days (KCD)`), a phrase the source page capitalises mid-sentence, a name with every word capitalised whose every word the translation itself uses in its prose or code (`Docker Compose` over `docker run` and `compose.yaml`; not `Cluster to Master`), or a term the translation keeps in the source language elsewhere in its own prose, or a heading with no lower-case function word that most of the page’s other translations keep word for word (“Kubernetes Operator” in the es, pt and ja status pages; “Glassfish / Payara” beside “Glassfish、Payara”: independent translators agree it is a name). Nor is a link text the translation uses as a term outside links too, or that sits inside a sentence in another script; titles of external links (talks, articles) and of pages the locale does not have are kept as published, as is a list item that is only a link to a page outside the content (a specification the site mounts in the source language only, in a references list), as are the names and dates listed with them. A link text the linked page of the locale is titled with (`[Cloud native](/cloud-native-tech/)` to “Cloud Native Teknolojisi”) is the locale’s name for it. A link text that names what its URL searches for or points to outside the path (a GitHub label `[Help wanted](…%22help%20wanted%22)`, an API anchor `[text map propagator](…#textmappropagator)`) is a name.',
  check(context) {
    const {source, target, alignment, options, language, report} = context
    if (!source || !target || !alignment) return
    const threshold = typeof options.threshold === 'number' ? options.threshold : 0.6
    const sourceWords = functionWords(languageOfLocale(context.sourceLocale))
    let prose: string[] | undefined
    // The page's own translated prose: where it keeps a term in the source language on purpose.
    const translatedProse = () =>
      (prose ??= target.sections.flatMap((section) => section.text.filter((block) => block.kind === 'paragraph' || block.kind === 'cell').map((block) => block.text)).filter((text) => language(text) !== 'source'))
    let names: string[] | undefined
    const sourceProse = () => (names ??= source.sections.flatMap((section) => section.text.filter((block) => block.kind === 'paragraph').map((block) => block.text)))
    let words: Set<string> | undefined
    // Words the translation uses itself: in its translated prose and in its code (`docker run`, `compose.yaml`).
    const pageWords = () => {
      if (words) return words
      words = new Set()
      const texts = [...translatedProse(), ...target.sections.flatMap((section) => section.codes.map((code) => code.value))]
      for (const text of texts) for (const word of text.match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase())
      return words
    }
    for (const pair of alignment.pairs) {
      const section = target.sections[pair.target]!
      // A scaffold is reported once, as such (`untranslated-scaffold`).
      if (section.scaffold) continue
      const from = source.sections[pair.source]!
      const cause = {file: source.file, line: from.line}
      const titles = publishedTitles(section, context)
      const share = untranslatedShare(section, language, titles)
      if (share !== undefined && share >= threshold) continue
      // Not when the author marked the heading as not to be translated, or it is code or a name; nor when most of the
      // page's other translations keep it too (asked last: it reads the other locales' pages). Whether it is a name is
      // asked only of a heading in the source language: the language check's verdict is remembered, that test is not.
      const inSourceLanguage = section.level > 0 && section.keepLanguage === undefined && section.headingKey === undefined && language(section.title, 'heading') === 'source'
      if (inSourceLanguage && !isNameHeading(section, translatedProse, sourceProse, pageWords) && !keptElsewhere(section.title, context.headingsElsewhere(context.locale, context.page, pair.source), sourceWords)) {
        const message = section.title === from.title ? `Heading “${section.title}” is the source heading, untranslated` : `Heading “${section.title}” is still in the source language`
        report({message, at: section, source: cause})
      }
      // A link text that names what its URL searches for or points to (a label `[Help wanted](…%22help%20wanted%22)`,
      // an API anchor `#textmappropagator`), or that the linked page of this locale is titled with
      // (“Cloud Native Teknolojisi” for [Cloud native]): a name, the locale’s own for the term.
      const isNameLink = (text: string) =>
        section.links.some((link) => link.text.trim() === text.trim() && (namesItsTarget(link) || titledWith(context.titleOf(context.locale, pathOf(link) ?? '') ?? '', text)))
      // A list item that is only a link to a page neither the locale nor the source has in the content (a specification
      // the site mounts in the source language only) cites that page by its published title, as a references list does.
      const citedAlone = (text: string) =>
        section.text.some((block) => block.kind === 'paragraph' && block.text.trim() === text.trim()) &&
        section.links.some((link) => {
          const path = pathOf(link)
          return link.text.trim() === text.trim() && path !== undefined && context.titleOf(context.locale, path) === undefined && context.titleOf(context.sourceLocale, path) === undefined
        })
      const flagged: string[] = []
      for (const block of section.text) {
        if (block.kind === 'title') continue
        if (block.kind === 'link') {
          // Title Case link texts are names and titles (“HTTP Check Receiver”), kept on purpose.
          // A source term given in parentheses (“urme (traces)”) glosses the translated word.
          const text = block.text.replace(/\s*[(（][^)）]*[)）]/gu, ' ').trim()
          if (isTitleCase(block.text) || titles.includes(block.text) || flagged.some((other) => other.includes(block.text)) || language(text, 'link') !== 'source') continue
          // A link text the linked page of the locale is titled with (`[Cloud native](/cloud-native-tech/)` to “Cloud Native Teknolojisi”) is the locale’s name for it. A link text that names what its URL searches for or points to: a label (`[Help wanted](…label:%22help%20wanted%22)`), an API anchor (`#textmappropagator`).
          if (isNameLink(block.text) || citedAlone(block.text)) continue
          // A term the translation keeps in the source language in its own prose, outside links too;
          // or a Latin-script term inside a sentence in another script (“[kickoff issue][] が作成されていること”),
          // where a leftover would be a whole sentence, not a phrase.
          if (keptTerm(block.text, target.sections, translatedProse) || inOtherScriptSentence(block, section.text, language)) continue
          report({message: `Link text “${block.text}” is still in the source language`, at: block, source: cause})
          continue
        }
        // A list item that is only a name link (`- [Good first issue](…)`) is that name, not prose.
        if (isNameLink(block.text) || citedAlone(block.text)) continue
        const prose = withoutTitles(block.text, titles)
        if (language(prose) === 'source') {
          flagged.push(block.text)
          report({message: `Paragraph is still in the source language: “${excerpt(block.text)}”`, at: block, source: cause})
          continue
        }
        for (const sentence of splitSentences(prose)) {
          if (sentence.text.split(/\s+/).length < 4 || language(sentence.text) !== 'source') continue
          flagged.push(sentence.text)
          report({message: `Sentence is still in the source language: “${excerpt(sentence.text)}”`, at: block, source: cause})
        }
      }
    }
  },
  examples: [
    {
      title: 'An English sentence left in a translated paragraph',
      source: '# Guide\n\n## Install\n\nRun the installer on every machine. The installer needs network access to the registry.\n',
      translation: '# Guía\n\n## Instalar\n\nEjecuta el instalador en cada máquina que vaya a construir el sitio. The installer needs network access to the registry.\n',
      expected: ['5:1 Sentence is still in the source language: “The installer needs network access to the registry.”']
    },
    {
      title: 'Headings that are code or names stay; ordinary words do not',
      source:
        '# Guide\n\n## `OTEL_SERVICE_NAME`\n\nSets the name of the service.\n\n## http.server.duration\n\nMeasures how long the server takes.\n\n## Kubernetes Community Days (KCD)\n\nContributors speak at local events.\n\n## Getting Started\n\nThe Getting Started guide shows the first steps.\n\n## Cluster to Master\n\nThe cluster talks to the master through the API server.\n',
      translation:
        '# Guía\n\n## `OTEL_SERVICE_NAME`\n\nDefine el nombre del servicio.\n\n## http.server.duration\n\nMide cuánto tarda el servidor.\n\n## Kubernetes Community Days (KCD)\n\nLos colaboradores hablan en los eventos locales.\n\n## Getting Started\n\nLa guía Getting Started muestra los primeros pasos.\n\n## Cluster to Master\n\nEl clúster habla con el nodo maestro a través del servidor de la API.\n',
      expected: ['19:1 Heading “Cluster to Master” is the source heading, untranslated']
    },
    {
      title: 'A product name the translation uses in its own prose and code stays; a Title Case phrase it never uses does not',
      source:
        '# Install\n\n## Docker\n\nRun the collector with `docker run` and expose its ports.\n\n## Docker Compose\n\nAdd the collector to your `compose.yaml` file as a service.\n\n## Language Support\n\nEvery language has its own instrumentation libraries and their status.\n',
      translation:
        '# インストール\n\n## Docker\n\n`docker run` でコレクターを実行し、そのポートを公開します。\n\n## Docker Compose\n\nコレクターをサービスとして `compose.yaml` ファイルに追加します。\n\n## Language Support\n\nどの言語にも独自の計装ライブラリとその状況があります。\n',
      locale: 'ja',
      expected: ['11:1 Heading “Language Support” is the source heading, untranslated']
    }
  ]
}

/**
 * The link text is what its URL names outside the path: a quoted search term (a GitHub label,
 * `%22help%20wanted%22`), the query, or a fragment that is one identifier (`#textmappropagator`
 * for “text map propagator”; a heading slug such as `#getting-started` is not one).
 */
function namesItsTarget(link: LinkRef): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const term = squash(link.text)
  if (term.length < 4) return false
  // Escape by escape: a Hugo URL may hold a shortcode (`{{% param _issue %}}%22help%20wanted%22`) that is no escape.
  const url = link.url.replaceAll('+', ' ').replace(/(?:%[\da-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes)
    } catch {
      return escapes
    }
  })
  const hash = url.indexOf('#')
  const fragment = hash < 0 ? '' : url.slice(hash + 1)
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1, hash < 0 ? undefined : hash) : ''
  if (/^[\p{L}\p{N}_]+$/u.test(fragment) && squash(fragment) === term) return true
  return [...url.matchAll(/["“]([^"”]+)["”]/gu)].some((match) => squash(match[1]!) === term) || squash(query).includes(term)
}

/**
 * Every word of the term is a word of the title, or shares its stem with one (“site reliability
 * engineers” in “Site Reliability Engineering”: all but the last two letters of the shorter word).
 */
function titledWith(title: string, term: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []
  const titled = words(title)
  const stem = (a: string, b: string) => {
    if (a === b) return true
    const length = Math.max(4, Math.min(a.length, b.length) - 2)
    return a.length >= 5 && b.length >= 5 && a.slice(0, length) === b.slice(0, length)
  }
  const wanted = words(term)
  return wanted.length > 0 && wanted.every((word) => titled.some((other) => stem(word, other)))
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** The text occurs in the page's translated prose more often than as a link text: a term the translator keeps. */
function keptTerm(text: string, sections: readonly SectionSummary[], prose: () => readonly string[]): boolean {
  const term = text.toLowerCase()
  const count = (value: string) => value.toLowerCase().split(term).length - 1
  let asLink = 0
  for (const section of sections) for (const block of section.text) if (block.kind === 'link' && block.text.toLowerCase() === term) asLink++
  let inProse = 0
  for (const value of prose()) inProse += count(value)
  return inProse > asLink
}

/** The paragraph holding the link is, without the link's text, a sentence in a non-Latin script (four letters or more). */
function inOtherScriptSentence(link: TextBlock, blocks: readonly TextBlock[], language: RuleContext['language']): boolean {
  const holder = blocks.findLast((block) => (block.kind === 'paragraph' || block.kind === 'cell') && block.line <= link.line && block.text.includes(link.text))
  if (!holder) return false
  const rest = holder.text.replace(link.text, ' ')
  return (rest.match(/[^\P{L}\p{Script=Latin}]/gu)?.length ?? 0) >= 4 && language(rest) !== 'source'
}
