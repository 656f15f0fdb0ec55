import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeTree} from '../helpers.ts'
import {repoRoot, runCli} from '../report/cli.ts'
import {englishPages, translatedPages} from './site.ts'

describe('lockstep conventions', () => {
  it('lists each convention once with its support and status, as text or JSON', async () => {
    const root = await writeTree({...englishPages(4, true), ...translatedPages(4)})
    await fs.writeFile(path.join(root, 'lockstep.config.json'), JSON.stringify({conventions: {off: ['frontmatter-mismatch: i18nReady dropped']}}))
    const {code, stdout} = await runCli(['conventions', '--no-cache'], root)
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'Conventions (support: translated pages made when the source already had what differs; learned at 10 pages in 3 locales):',
        '  frontmatter-mismatch: i18nReady dropped  12 pages in 3 locales (100% of the pages that could), off',
        '  shortcode-mismatch: DontEditWarning dropped  12 pages in 3 locales (100% of the pages that could), learned',
        '1 apply.',
        ''
      ].join('\n')
    )
    const json = JSON.parse((await runCli(['conventions', '--no-cache', '--format', 'json'], root)).stdout) as Array<{id: string; status: string}>
    expect(json.map((convention) => [convention.id, convention.status])).toEqual([
      ['frontmatter-mismatch: i18nReady dropped', 'off'],
      ['shortcode-mismatch: DontEditWarning dropped', 'learned']
    ])
  })

  it('learns nothing on the seed', async () => {
    const {code, stdout} = await runCli(['conventions', '--no-cache'], repoRoot)
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(1, 3)).toEqual(['  none', '0 apply.'])
  })
})
