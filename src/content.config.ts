import {defineCollection} from 'astro:content'
import {docsSchema} from '@astrojs/starlight/schema'
import {lockstepLoader} from './starlight/loader.ts'

// This project's own site: Starlight's docs collection read from Lockstep's content folder.
export const collections = {docs: defineCollection({loader: lockstepLoader(), schema: docsSchema()})}
