import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '../e2e/build-site.ts'
import {crawl} from '../e2e/crawl.ts'
import {cloneBundle} from './corpus.ts'

// The real sites built as `npm run bench` builds them (`LOCKSTEP_ROOT=<clone> astro build`), with
// the configs the bench gives them, then every internal link of the output followed.
const sites = [
  {name: 'glossary', config: {siteUrls: ['https://glossary.cncf.io']}, minPages: 900},
  {name: 'starlight-docs', config: {contentDir: 'docs/src/content/docs', siteUrls: ['https://starlight.astro.build']}, minPages: 1000}
] as const

const temps: string[] = []
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, {recursive: true, force: true})
})

describe('the site of a real corpus', () => {
  it.each(sites)('$name links to no internal page that does not exist', async ({name, config, minPages}) => {
    const project = cloneBundle(name)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-${name}-site-`))
    temps.push(project, out)
    fs.writeFileSync(path.join(project, 'lockstep.config.json'), JSON.stringify(config))
    buildSite(out, project)
    const {pages, broken} = await crawl(out)
    expect(pages).toBeGreaterThan(minPages)
    expect(broken).toEqual([])
  })
})
