import {defineCollection} from 'astro:content'
import {docsSchema} from '@astrojs/starlight/schema'
import {lockstepLoader, plainLoader} from './starlight/loader.ts'

// This project's own site: Starlight's docs collection read from Lockstep's content folder
// (`LOCKSTEP_PLAIN=1`: the same content without Lockstep, the baseline of `npm run bench`).
const loader = process.env.LOCKSTEP_PLAIN === '1' ? plainLoader() : lockstepLoader()
export const collections = {docs: defineCollection({loader, schema: docsSchema()})}
