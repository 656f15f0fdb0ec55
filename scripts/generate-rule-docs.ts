// Generate docs/rules/<id>.md from each rule's metadata and examples, so the docs cannot drift from the code.
import fs from 'node:fs/promises'
import {rules} from '../src/engine/rules/index.ts'

await fs.mkdir('docs/rules', {recursive: true})
const index = ['# Rules', '', '| rule | default | what it checks |', '| --- | --- | --- |']
for (const rule of rules) {
  const lines = [`# \`${rule.id}\``, '', rule.description + '.', '', `Default severity: \`${rule.severity}\`.`, '', rule.docs, '']
  for (const example of rule.examples) {
    lines.push(`## Example: ${example.title}`, '', 'Source (`en/guide.md`):', '', '````markdown', example.source.trimEnd(), '````', '')
    lines.push(`Translation (\`${example.locale ?? 'es'}/guide.md\`):`, '', '````markdown', example.translation.trimEnd(), '````', '')
    lines.push(example.expected.length > 0 ? 'Lockstep reports:' : 'Lockstep reports nothing.', '')
    if (example.expected.length > 0) lines.push('```text', ...example.expected, '```', '')
  }
  lines.push('## Configure', '', '```json', JSON.stringify({rules: {[rule.id]: rule.severity}}, null, 2), '```', '')
  await fs.writeFile(`docs/rules/${rule.id}.md`, lines.join('\n'))
  index.push(`| [\`${rule.id}\`](./${rule.id}.md) | ${rule.severity} | ${rule.description} |`)
}
await fs.writeFile('docs/rules/README.md', index.join('\n') + '\n')
console.log(`wrote docs/rules/ (${rules.length} rules)`)
