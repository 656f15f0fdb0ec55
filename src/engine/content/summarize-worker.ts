// A worker thread that reads pages into summaries: parsing is the heavy stage, and pages are
// independent, so it spreads over the cores while the main thread aligns and checks.
import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'
import {summarizeJob, type SummaryJob} from './summary-pool.ts'

const {config, locales} = workerData as {config: Config; locales: string[]}
const localeSet = new Set(locales)

// Two messages per page, its position when it starts and its summary when it is read: the pool
// times each page, not each batch (nor the thread's start-up).
parentPort!.on('message', async (jobs: SummaryJob[]) => {
  for (const [index, job] of jobs.entries()) {
    parentPort!.postMessage(index)
    parentPort!.postMessage(await summarizeJob(job, config, localeSet))
  }
})
