import {main} from './main.ts'

// Entry point of the bin and the bundle: everything else stays importable without side effects.
process.exitCode = await main(process.argv.slice(2))
