import type {Convention} from '../conventions/types.ts'
import type {Base, ChangeKind, SourceChange} from '../history/types.ts'
import type {Diagnostic} from '../rules/types.ts'

/** A section heading as the report names it. */
export interface SectionRef {
  line: number
  level: number
  title: string
  id: string
}

/** A translated section and the source section it is aligned to. */
export interface SectionReport extends SectionRef {
  /** The aligned source section, `null` for an extra section. */
  source: SectionRef | null
  /** How sure the alignment is, 0–1 (absent for an extra section). */
  confidence?: number
  /** `moved`, `split` or `merged` when not a plain in-order match. */
  relation?: string
  /** Why the sections were paired (with `--explain`). */
  reasons?: string[]
  /** How the aligned source section changed since the translation's base (absent when the base is unknown). */
  sourceChange?: SourceChange
  /** For `changed`: prose, typo, code, links. */
  changeKinds?: ChangeKind[]
}

/** A source section with no counterpart in the translation. */
export interface MissingSectionReport extends SectionRef {
  /** `added` when the section is new in the source since the translation's base (not dropped by the translator). */
  sourceChange?: SourceChange
}

/** One page of one locale. */
export interface PageReport {
  page: string
  locale: string
  file: string
  sourceFile: string | null
  status: 'translated' | 'missing' | 'orphan'
  /** Share of source sections that have a translated counterpart, 0–1. */
  coverage: number
  sections: SectionReport[]
  missing: MissingSectionReport[]
  /** The source revision the translation corresponds to (`from: 'unknown'` without history). */
  base: Base
  /** Commits to the source file since the base; `null` when unknown. */
  behind: number | null
  /** Why the base, or what changed since it, is unknown (no repository, a shallow clone, a pin that does not resolve…). */
  baseReason?: string
  /** Source sections removed since the base, by title and rank. */
  removedSinceBase?: Array<{title: string; level: number}>
}

/** The JSON report, schema version 1: other tools read it, so names stay. */
export interface Report {
  schemaVersion: 1
  tool: {name: 'lockstep'; version: string}
  root: string
  sourceLocale: string
  locales: string[]
  pages: PageReport[]
  diagnostics: Diagnostic[]
  /** Site conventions that apply (learned from the site or pinned in config): their findings are left out, listed here once. */
  conventions: Convention[]
  summary: {pages: number; errors: number; warnings: number; infos: number}
}
