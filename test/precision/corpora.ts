import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {check} from '../../src/engine/check.ts'
import {validateConfig} from '../../src/engine/config/load-config.ts'
import type {Diagnostic} from '../../src/engine/rules/types.ts'
import {corpusDir} from '../corpus/corpus.ts'

/** The three real sites the precision sample is drawn from, each with its full history. */
export const corpora = [
  {name: 'glossary', bundle: 'glossary.bundle', contentDir: 'content', config: {siteUrls: ['https://glossary.cncf.io']}},
  {name: 'starlight', bundle: 'starlight-docs.bundle', contentDir: 'docs/src/content/docs', config: {siteUrls: ['https://starlight.astro.build']}},
  // With history, so the `default_lang_commit` pins of the translations resolve.
  {name: 'otel', bundle: 'otel-history.bundle', contentDir: 'content', config: {siteUrls: ['https://opentelemetry.io']}}
] as const

export type CorpusName = (typeof corpora)[number]['name']

/** A finding of the final report, with the corpus it came from. */
export interface CorpusFinding extends Diagnostic {
  corpus: CorpusName
}

/**
 * Check every corpus as a user would (`lockstep check` with only the site's URL configured), from
 * a fresh clone of its bundle in a temporary folder, and return every finding.
 */
export async function checkCorpora(onCorpus?: (name: string) => void): Promise<CorpusFinding[]> {
  const findings: CorpusFinding[] = []
  for (const corpus of corpora) {
    onCorpus?.(corpus.name)
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), `lockstep-precision-${corpus.name}-`))
    try {
      execFileSync('git', ['clone', '--quiet', '--branch', 'filtered-main', path.join(corpusDir, corpus.bundle), cwd])
      const {report} = await check({config: validateConfig(corpus.config), cwd, contentDir: corpus.contentDir})
      for (const diagnostic of report.diagnostics) findings.push({...diagnostic, corpus: corpus.name})
    } finally {
      fs.rmSync(cwd, {recursive: true, force: true})
    }
  }
  return findings
}
