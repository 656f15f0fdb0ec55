// Write lockstep.schema.json from the zod config schema, so editors validate lockstep.config.json,
// and lockstep-report.schema.json from the report's (pinned to its types), for tools that read reports.
import fs from 'node:fs/promises'
import {configJsonSchema} from '../src/engine/config/load-config.ts'
import {reportJsonSchema} from '../src/engine/report/report-schema.ts'

await fs.writeFile('lockstep.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n')
await fs.writeFile('lockstep-report.schema.json', JSON.stringify(reportJsonSchema(), null, 2) + '\n')
console.log('wrote lockstep.schema.json and lockstep-report.schema.json')
