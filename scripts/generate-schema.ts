// Write lockstep.schema.json from the zod config schema, so editors validate lockstep.config.json.
import fs from 'node:fs/promises'
import {configJsonSchema} from '../src/engine/config/load-config.ts'

await fs.writeFile('lockstep.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n')
console.log('wrote lockstep.schema.json')
