// A worker thread that reads pages into summaries: parsing is the heavy stage, and pages are
// independent, so it spreads over the cores while the main thread aligns and checks.
import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'
import {summarizeJob, type SummaryJob} from './summary-pool.ts'

const {config, locales} = workerData as {config: Config; locales: string[]}
const localeSet = new Set(locales)

parentPort!.on('message', async (jobs: SummaryJob[]) => {
  const summaries = []
  for (const job of jobs) summaries.push(await summarizeJob(job, config, localeSet))
  parentPort!.postMessage(summaries)
})
