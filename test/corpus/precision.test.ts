import fs from 'node:fs'
import {expect, it} from 'vitest'
import {checkCorpora} from '../precision/corpora.ts'
import {formatPrecision, keysOf, measured, precisionFile, precisionOf, readSample, type PrecisionRow} from '../precision/sample.ts'

// The labelled sample of test/precision/sample.json against a fresh report on the three corpora:
// each labelled finding is found again by its key (corpus, file, rule, message without numbers),
// and precision per rule is recomputed. A finding labelled true that is gone is a lost true find.
// `PRECISION_WRITE=1` writes the measured table to docs/rules/precision.json (then `npm run generate`).
it('re-finds every labelled true finding and measures the published precision', async () => {
  const findings = await checkCorpora()
  const sample = readSample()
  const keys = keysOf(findings)
  const present = new Set(keys)
  const rows = precisionOf(sample, findings)
  console.log(formatPrecision(rows))

  const lost = sample.entries.filter((entry) => entry.label === 'true' && !present.has(entry.key) && !entry.lost)
  expect(lost.map((entry) => `${entry.key} (${entry.reason})`), 'labelled true, no longer reported').toEqual([])
  // A loss accepted with its reason is listed in the README; one that is reported again is no loss.
  const found = sample.entries.filter((entry) => entry.lost && present.has(entry.key))
  expect(found.map((entry) => entry.key), 'reported again: drop its `lost` note').toEqual([])
  for (const entry of sample.entries) if (entry.lost) console.log(`accepted loss: ${entry.key}: ${entry.lost}`)
  const unlabelled = sample.entries.filter((entry) => entry.label === null && present.has(entry.key))
  expect(unlabelled.map((entry) => entry.key), 'drawn but not labelled').toEqual([])

  // Every rule with warnings or errors has its full sample: `perRule` findings, or all it has.
  const counts = new Map<string, number>()
  for (const finding of findings) if (measured(finding)) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1)
  for (const [rule, count] of counts) {
    const row = rows.find((candidate) => candidate.rule === rule)
    expect(row?.sampled ?? 0, `${rule}: sample too small, run npm run precision:draw`).toBeGreaterThanOrEqual(Math.min(count, sample.perRule))
  }
  // Each stratum (a corpus's findings of some rules sampled on their own) is full too.
  for (const stratum of sample.strata ?? []) {
    for (const rule of stratum.rules) {
      const count = findings.filter((finding) => measured(finding) && finding.corpus === stratum.corpus && finding.rule === rule).length
      const labelled = sample.entries.filter((entry) => entry.corpus === stratum.corpus && entry.rule === rule && entry.label !== null && present.has(entry.key)).length
      expect(labelled, `${stratum.corpus} ${rule}: stratum too small, run npm run precision:draw`).toBeGreaterThanOrEqual(Math.min(count, stratum.perRule))
    }
  }
  for (const row of rows) expect(row.debatable, `${row.rule}: more than 10 % debatable`).toBeLessThanOrEqual(row.sampled * 0.1)

  if (process.env.PRECISION_WRITE) fs.writeFileSync(precisionFile, JSON.stringify(rows, null, 2) + '\n')
  const published = JSON.parse(fs.readFileSync(precisionFile, 'utf8')) as PrecisionRow[]
  expect(published, 'docs/rules/precision.json is not what was measured: rerun with PRECISION_WRITE=1').toEqual(rows)
})
