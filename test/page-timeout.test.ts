import {describe, expect, it} from 'vitest'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {writeTree} from './helpers.ts'
import {runCli} from './report/cli.ts'

// The parser threads' time budget is a backstop behind the structural limits: a page within every
// limit can still be slow (forty list items, each with 1,900 lazy lines, take about a second each).
// Such a page is skipped, named, and the run exits 3: a problem of the run, not a finding.
const slow = `---\ntitle: Lenta\n---\n\n${`- punto\n${'sigue\n'.repeat(1_900)}\n`.repeat(40)}`

/** 70 page pairs (enough to parse on threads), and a slow Spanish page among them. */
async function siteWithSlowPage(): Promise<string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 35; index++) {
    files[`en/page-${index}.md`] = `---\ntitle: Page ${index}\n---\n\nSee [page ${index}](/docs/page-${index}/).\n\n## Install\n\nRun \`npm i\`.\n`
    files[`es/page-${index}.md`] = `---\ntitle: Página ${index}\n---\n\nMira [página ${index}](/docs/page-${index}/).\n\n## Instalar\n\nEjecuta \`npm i\`.\n`
  }
  files['en/slow.md'] = '---\ntitle: Slow\n---\n\nText.\n'
  files['es/slow.md'] = slow
  return writeTree(files)
}

describe('a page over the time budget of a parser thread', () => {
  it('is skipped and named, and the other pages are checked', async () => {
    const root = await siteWithSlowPage()
    const {report, skipped} = await check({config: validateConfig({}), cwd: root, pageTimeoutMs: 2_000})
    expect(skipped).toEqual([{file: 'content/es/slow.md', reason: 'reading it took longer than 2 s'}])
    expect(report.pages.map((page) => page.page)).not.toContain('slow')
    expect(report.pages.filter((page) => page.status === 'translated')).toHaveLength(35)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.file.includes('slow'))).toEqual([])
  })

  it('makes the CLI exit 3, not 1', async () => {
    const root = await siteWithSlowPage()
    const {code, stderr} = await runCli(['check', '--page-timeout', '2', '--no-cache'], root)
    expect(stderr).toContain('lockstep: content/es/slow.md was skipped: reading it took longer than 2 s')
    expect(code).toBe(3)
  })
})
