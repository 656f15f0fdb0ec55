// Generate docs/rules/<id>.md from each rule's metadata and examples, so the docs cannot drift from the code.
import fs from 'node:fs/promises'
import {rules} from '../src/engine/rules/index.ts'
import {historyExampleDates} from '../src/engine/rules/types.ts'
import type {PrecisionRow} from '../test/precision/sample.ts'

await fs.mkdir('docs/rules', {recursive: true})
// Measured by test/corpus/precision.test.ts on a labelled sample of the three real corpora.
const precision = new Map((JSON.parse(await fs.readFile('docs/rules/precision.json', 'utf8')) as PrecisionRow[]).map((row) => [row.rule, row]))
const index = ['# Rules', '', '| rule | default | precision | what it checks |', '| --- | --- | ---: | --- |']
const percent = (row: PrecisionRow | undefined) => (row?.precision == null ? '–' : `${Math.round(row.precision * 100)} %`)
for (const rule of rules) {
  const lines = [`# \`${rule.id}\``, '', rule.description + '.', '', `Default severity: \`${rule.severity}\`.`, '', rule.docs, '']
  const row = precision.get(rule.id)
  lines.push(
    '## Precision',
    '',
    row
      ? `Measured precision: **${percent(row)}**: of ${row.sampled} findings drawn at random from the report on three real sites (the CNCF glossary, the Starlight docs and the OpenTelemetry site, in [test/precision](../../test/precision/)), a translator who opened both files judged ${row.true} true, ${row.false} false and ${row.debatable} debatable (left out of the figure).`
      : 'Not measured: the rule gave no warning or error on the three real sites of the sample.',
    ''
  )
  for (const example of rule.examples) {
    const fence = (text: string) => ['````markdown', text.trimEnd(), '````', '']
    lines.push(`## Example: ${example.title}`, '')
    if (example.sourceAtBase === undefined) lines.push('Source (`en/guide.md`):', '', ...fence(example.source))
    else {
      // The example runs in a git repository (test/rules.test.ts): say what was committed when.
      lines.push(`Source at the translation’s base (\`en/guide.md\`, committed with the translation on ${historyExampleDates.base.slice(0, 10)}; \`<base>\` below is that commit):`, '', ...fence(example.sourceAtBase))
      if (example.source === example.sourceAtBase) lines.push('The source has not changed since.', '')
      else lines.push(`Source now (edited in a later commit on ${historyExampleDates.edit.slice(0, 10)}):`, '', ...fence(example.source))
    }
    lines.push(`Translation (\`${example.locale ?? 'es'}/guide.md\`):`, '', ...fence(example.translation))
    lines.push(example.expected.length > 0 ? 'Lockstep reports:' : 'Lockstep reports nothing.', '')
    if (example.expected.length > 0) lines.push('```text', ...example.expected, '```', '')
  }
  lines.push('## Configure', '', '```json', JSON.stringify({rules: {[rule.id]: rule.severity}}, null, 2), '```', '')
  await fs.writeFile(`docs/rules/${rule.id}.md`, lines.join('\n'))
  index.push(`| [\`${rule.id}\`](./${rule.id}.md) | ${rule.severity} | ${percent(row)} | ${rule.description} |`)
}
await fs.writeFile('docs/rules/README.md', index.join('\n') + '\n')
console.log(`wrote docs/rules/ (${rules.length} rules)`)
