import {codeTokens, isProseLike} from '../sections/code-tokens.ts'
import type {CodeRef, PageSummary} from '../sections/types.ts'
import {proseWords, translatedIdentifiers} from './translated-identifiers.ts'
import {describeSection, type Rule} from './types.ts'

/** Code blocks and inline code that differ between a section and its source. */
export const codeMismatch: Rule = {
  id: 'code-mismatch',
  description: 'Code in a translated section matches the code in its source section',
  severity: 'warning',
  docs: 'Code blocks are compared with whitespace normalised; a block that differs is reported on the translation’s block. Inline code is compared as a multiset per section and reported once per section (option `inline: false` turns that off). Left out of the comparison, because a translator may translate them: comments and string contents, placeholders in commands (`<your_file_name>`), the words of prose-like blocks (Markdown, HTML, YAML, Mermaid labels; a difference there is `info`). Not reported: a block whose translation renames names one to one throughout, into words of its own prose and not of the source’s (`fazer_trabalho` for `do_work`: the same program), and semicolons ending JavaScript and TypeScript statements or trailing commas (style).',
  check({source, target, alignment, options, report}) {
    if (!source || !target || !alignment) return
    const inline = options.inline !== false
    let words: {source: Set<string>; target: Set<string>} | undefined
    const wordsOf = () => (words ??= {source: pageWords(source), target: pageWords(target)})
    for (const pair of alignment.pairs) {
      if (pair.relation === 'split' || pair.relation === 'merged') continue
      const from = source.sections[pair.source]!
      const to = target.sections[pair.target]!
      const cause = {file: source.file, line: from.line}
      const sourceBlocks = from.codes.filter((code) => !code.inline)
      const targetBlocks = to.codes.filter((code) => !code.inline)
      const unmatched = sourceBlocks.map((code) => ({code, tokens: tokensOf(code)}))
      for (const block of targetBlocks) {
        const tokens = tokensOf(block)
        const key = tokens.join(' ')
        const index = unmatched.findIndex((candidate) => candidate.tokens.join(' ') === key)
        if (index >= 0) {
          unmatched.splice(index, 1)
          continue
        }
        if (unmatched.length === 0) continue
        // Name what changed against the most similar source block left.
        const closest = unmatched.map((candidate) => ({candidate, ...difference(candidate.tokens, tokens)})).sort((a, b) => a.missing.length + a.extra.length - b.missing.length - b.extra.length)[0]!
        unmatched.splice(unmatched.indexOf(closest.candidate), 1)
        if (translatedIdentifiers(closest.candidate.tokens, tokens, wordsOf())) continue
        const parts = []
        if (closest.missing.length > 0) parts.push(`source has ${list(closest.missing)}`)
        if (closest.extra.length > 0) parts.push(`translation has ${list(closest.extra)}`)
        report({
          message: `Code block differs from the source section ${describeSection(from)}: ${parts.join('; ')}`,
          at: block,
          source: {file: source.file, line: closest.candidate.code.line},
          // Markdown and HTML examples are prose that translators localise, links and all.
          ...(isProseLike(block.lang) ? {severity: 'info' as const} : {})
        })
      }
      if (targetBlocks.length < sourceBlocks.length) {
        report({message: `Source section ${describeSection(from)} has ${sourceBlocks.length} code block(s), the translation ${targetBlocks.length}`, at: to, source: cause})
      }
      if (!inline) continue
      const {missing, extra} = compare(from.codes, to.codes)
      if (missing.length === 0 && extra.length === 0) continue
      const parts = []
      if (missing.length > 0) parts.push(`missing ${list(missing)}`)
      if (extra.length > 0) parts.push(`not in the source ${list(extra)}`)
      // Inline code is often only reformatted (quotes instead of backticks): worth a look, not a warning.
      report({message: `Inline code differs from the source: ${parts.join('; ')}`, at: to.level === 0 ? (to.codes[0] ?? to) : to, source: cause, severity: 'info'})
    }
  },
  examples: [
    {
      title: 'A command that changed in the source',
      source: '# Guide\n\nRun `npm ci` first.\n',
      translation: '# Guía\n\nEjecuta `npm install` primero.\n',
      expected: ['3:9 Inline code differs from the source: missing `npm ci`; not in the source `npm install`']
    },
    {
      title: 'An example whose names the translation translated',
      source: '# Metrics\n\nThe function below counts each work item it does.\n\n```python\ndef do_work(work_item):\n    counter.add(1, {"work.type": work_item.work_type})\n```\n',
      translation: '# Métricas\n\nA função abaixo conta cada item de trabalho que faz, por tipo.\n\n```python\ndef fazer_trabalho(item_trabalho):\n    counter.add(1, {"trabalho.tipo": item_trabalho.tipo_trabalho})\n```\n',
      expected: []
    },
    {
      title: 'A name the source changed',
      source: '# Sidebar\n\n## Badges\n\nA badge links to the page.\n\n```js\nsidebar: [{slug: \'guides/intro\', badge: \'New\'}]\n```\n',
      translation: '# Barra lateral\n\n## Insignias\n\nUna insignia enlaza con la página.\n\n```js\nsidebar: [{link: \'guides/intro\', badge: \'Nuevo\'}];\n```\n',
      expected: ['7:1 Code block differs from the source section “Badges”: source has `slug`; translation has `link`']
    }
  ]
}

// JavaScript ends a statement at a line break without a semicolon (automatic semicolon insertion)
// and takes a trailing comma or none: a source reformatted either way is the same code to a reader.
const optionalPunctuation = new Set(['js', 'javascript', 'mjs', 'cjs', 'ts', 'typescript', 'mts', 'cts', 'jsx', 'tsx'])

// A source page is compared with each of its translations: its blocks are tokenized once per run, not once per locale.
const tokenized = new WeakMap<CodeRef, readonly string[]>()

function tokensOf(code: CodeRef): readonly string[] {
  let found = tokenized.get(code)
  if (found) return found
  const tokens = codeTokens(code.value, code.lang)
  found = optionalPunctuation.has((code.lang ?? '').toLowerCase()) ? tokens.filter((token, index) => token !== ';' && (token !== ',' || !/^[\]})]?$/.test(tokens[index + 1] ?? ''))) : tokens
  tokenized.set(code, found)
  return found
}

function pageWords(page: PageSummary): Set<string> {
  return proseWords(page.sections.flatMap((section) => section.text))
}

function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Inline code of two sections as multisets: what the source has that the translation lacks, and the reverse. */
function compare(source: CodeRef[], target: CodeRef[]): {missing: string[]; extra: string[]} {
  const inline = (codes: CodeRef[]) => codes.filter((code) => code.inline).map((code) => normalize(code.value))
  return difference(inline(source), inline(target))
}

function list(values: string[]): string {
  const shown = values.slice(0, 4).map((value) => `\`${value.length > 40 ? value.slice(0, 39) + '…' : value}\``)
  return shown.join(', ') + (values.length > 4 ? ` and ${values.length - 4} more` : '')
}

function difference(source: readonly string[], target: readonly string[]): {missing: string[]; extra: string[]} {
  const remaining = [...source]
  const extra: string[] = []
  for (const token of target) {
    const index = remaining.indexOf(token)
    if (index >= 0) remaining.splice(index, 1)
    else extra.push(token)
  }
  return {missing: [...new Set(remaining)], extra: [...new Set(extra)]}
}
