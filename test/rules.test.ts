import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../src/engine/check.ts'
import {rules} from '../src/engine/rules/index.ts'
import {historyExampleDates, type RuleExample} from '../src/engine/rules/types.ts'
import {makeRepo} from './history/git-repo.ts'
import {checkFiles} from './helpers.ts'

// Every rule's examples are its tests (and its docs): the messages must be exactly these.
describe.each(rules.filter((rule) => rule.examples.length > 0).map((rule) => [rule.id, rule] as const))('%s', (_, rule) => {
  it.each(rule.examples.map((example) => [example.title, example] as const))('%s', async (_, example) => {
    const locale = example.locale ?? 'es'
    const {result, expected} = example.sourceAtBase === undefined ? {result: await checkFiles({'en/guide.md': example.source, [`${locale}/guide.md`]: example.translation}), expected: example.expected} : await checkHistory(example, locale)
    const messages = result.report.diagnostics.filter((diagnostic) => diagnostic.rule === rule.id && diagnostic.locale === locale).map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`)
    expect(messages).toEqual(expected)
  })
})

/** A history example in a real repository: translated at the base, then the source edited. */
async function checkHistory(example: RuleExample, locale: string): Promise<{result: CheckResult; expected: string[]}> {
  const repo = makeRepo()
  repo.write({'en/guide.md': example.sourceAtBase!, [`${locale}/guide.md`]: example.translation})
  const base = repo.commit('Translate the guide', historyExampleDates.base)
  if (example.source !== example.sourceAtBase) {
    repo.write({'en/guide.md': example.source})
    repo.commit('Edit the guide', historyExampleDates.edit)
  }
  return {result: await repo.check(), expected: example.expected.map((line) => line.replaceAll('<base>', base.slice(0, 7)))}
}

const page = `---
title: Guide
weight: 10
---

Lockstep checks translations of a [documentation site](https://example.com/docs/) section by section.

## Install

Run \`npm install lockstep\` on [Node.js](https://nodejs.org) 24 or later.

\`\`\`sh
npm install --save-dev lockstep
\`\`\`

## Configure {#configure}

Edit \`lockstep.config.json\`; see the [options](/docs/options/#rules).

{{< note >}}
The cache lives in \`.lockstep-cache\`.
{{< /note >}}
`

// The same loop for every rule: no drift on an identical translation, no crash on an empty one.
describe('every rule', () => {
  it('reports nothing on a translation identical to its source except untranslated prose', async () => {
    const {report} = await checkFiles({'en/guide.md': page, 'es/guide.md': page})
    const rulesHit = new Set(report.diagnostics.map((diagnostic) => diagnostic.rule))
    for (const rule of rules) {
      if (rule.id === 'untranslated-section' || rule.id === 'untranslated-text') continue
      expect(rulesHit.has(rule.id), rule.id).toBe(false)
    }
    expect(report.pages[0]!.coverage).toBe(1)
  })

  it('does not crash on an empty translation and reports its sections missing', async () => {
    const {report} = await checkFiles({'en/guide.md': page, 'es/guide.md': ''})
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-section')).toHaveLength(2)
  })

  it('does not crash on an empty source', async () => {
    const {report} = await checkFiles({'en/guide.md': '', 'es/guide.md': page})
    expect(report.diagnostics.filter((diagnostic) => diagnostic.rule === 'extra-section')).toHaveLength(2)
  })
})
