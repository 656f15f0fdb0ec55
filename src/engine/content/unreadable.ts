import type {PageSummary} from '../sections/types.ts'
import type {PageFile} from './find-pages.ts'

/** The summary of a page that could not even be read. */
export function unreadable(file: Pick<PageFile, 'file' | 'locale' | 'page'>, reason: string): PageSummary {
  return {
    file: file.file,
    locale: file.locale,
    page: file.page,
    hash: '',
    lines: 1,
    frontmatter: null,
    frontmatterLines: {},
    sections: [],
    anchors: [],
    features: [],
    problems: [{ruleId: 'parse-error', message: `Cannot read file: ${reason}`, line: 1, column: 1}],
    failed: true
  }
}
