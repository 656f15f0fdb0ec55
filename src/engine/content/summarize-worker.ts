// A worker thread that reads pages into summaries: parsing is the heavy stage, and pages are
// independent, so it spreads over the cores while the main thread aligns and checks.
import fs from 'node:fs/promises'
import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../config/schema.ts'
import {summarizePage} from '../sections/summarize-page.ts'
import type {PageFile} from './find-pages.ts'
import {unreadable} from './unreadable.ts'

const {config, locales} = workerData as {config: Config; locales: string[]}
const localeSet = new Set(locales)

parentPort!.on('message', async (files: PageFile[]) => {
  const summaries = []
  for (const file of files) {
    try {
      const bytes = await fs.readFile(file.path)
      summaries.push(summarizePage(bytes, {file: file.file, locale: file.locale, page: file.page, locales: localeSet}, config))
    } catch (error) {
      summaries.push(unreadable(file, (error as Error).message))
    }
  }
  parentPort!.postMessage(summaries)
})
