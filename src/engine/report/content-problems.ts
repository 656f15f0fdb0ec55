import type {ContentProblem} from '../content/find-pages.ts'
import type {Diagnostic} from '../rules/types.ts'

/** What went wrong finding the content (a folder that cannot be read, a symbolic link out of the project, a locale folder without pages) as findings of no page. */
export function contentProblems(problems: readonly ContentProblem[], docsUrl: string): Diagnostic[] {
  return problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.ruleId === 'parse-error' ? 'error' : 'warning',
    locale: '',
    page: '',
    file: problem.file,
    line: 1,
    column: 1,
    message: problem.message,
    url: `${docsUrl}${problem.ruleId}.md`
  }))
}
