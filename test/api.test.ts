import {expect, it} from 'vitest'

// The public API is pinned: the CLI, the site and other tools use only these.
it('exports exactly the public API', async () => {
  const api = await import('../src/engine/index.ts')
  expect(Object.keys(api).sort()).toEqual([
    'ConfigError',
    'UsageError',
    'alignSections',
    'applyBaseline',
    'buildPageDiff',
    'changedFiles',
    'check',
    'configJsonSchema',
    'configSchema',
    'createBaseline',
    'defineConfig',
    'diffHunks',
    'filterReport',
    'findPages',
    'formatGithub',
    'formatJson',
    'formatJunit',
    'formatMarkdown',
    'formatSarif',
    'formatText',
    'formatters',
    'learnConventions',
    'loadConfig',
    'mergeReports',
    'parseBaseline',
    'parsePage',
    'readHistory',
    'rules',
    'shardSelector',
    'splitBilingual',
    'summarizeFiles',
    'summarizePage',
    'validateConfig',
    'version'
  ])
})
