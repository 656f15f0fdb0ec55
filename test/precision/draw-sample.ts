// Draw (or top up) the labelled precision sample from a fresh report on the three corpora:
//   node test/precision/draw-sample.ts            (npm run precision:draw)
// New entries get `"label": null`; label each after opening both files, then run the corpus
// test (npm run test:corpus -- test/corpus/precision.test.ts), which recomputes the table and
// writes docs/rules/precision.json when run with PRECISION_WRITE=1.
import fs from 'node:fs'
import {checkCorpora} from './corpora.ts'
import {drawSample, readSample, writeSample} from './sample.ts'

const findings = await checkCorpora((name) => console.error(`checking ${name}…`))
if (process.argv[2]) fs.writeFileSync(process.argv[2], JSON.stringify(findings))
const {sample, added} = drawSample(readSample(), findings)
writeSample(sample)
const open = sample.entries.filter((entry) => entry.label === null).length
console.log(`${added} findings drawn; ${open} of ${sample.entries.length} entries wait for a label`)
