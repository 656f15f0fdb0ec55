import {z} from 'zod'
import {closest} from '../text/closest.ts'
import {rules as ruleRegistry} from '../rules/index.ts'

/** Rules whose findings are never a convention: what no translation has yet is drift. */
export const neverConventions: readonly string[] = ['missing-page', 'missing-section', 'outdated-page', 'outdated-section']

/** A convention id is `<rule>: <what differs>`, of a rule that can have conventions. */
function isConventionId(id: string): boolean {
  const colon = id.indexOf(': ')
  return colon > 0 && !neverConventions.includes(id.slice(0, colon)) && !id.slice(0, colon).startsWith('outdated-')
}

const conventionIdError = {
  error: `A convention id is \`<rule>: <what differs>\` (\`shortcode-mismatch: DontEditWarning dropped\`), and never of ${neverConventions.map((rule) => `\`${rule}\``).join(', ')}`
}

/** Severity a rule reports with; `off` disables it. */
export const severitySchema = z.enum(['off', 'info', 'warning', 'error'])

/** A rule setting: a severity, or `[severity, options]` like ESLint and remark-lint. */
export const ruleSettingSchema = z.union([
  severitySchema,
  z.tuple([severitySchema, z.record(z.string(), z.unknown())])
])

/** A rendered form that means the same as a shortcode (e.g. `#### Note:` is a note callout). */
export const equivalenceSchema = z.strictObject({
  /** Which node the pattern is matched against: a heading's text or a paragraph's text. */
  match: z.enum(['heading', 'paragraph']),
  /** A regular expression (Unicode, case-insensitive) over the node's plain text. */
  pattern: z.string(),
  /** The shortcode the node stands for. */
  shortcode: z.string(),
  /** Named arguments of that shortcode; `$1`, `$2` … are replaced by the pattern's groups. */
  args: z.record(z.string(), z.string()).default({})
})

/** Lockstep's configuration (`lockstep.config.{ts,mjs,json}`). */
export const configSchema = z.strictObject({
  /** JSON schema reference, for editors. */
  $schema: z.string().optional(),
  /** Folder holding the content tree, relative to the config file. */
  contentDir: z.string().default('content'),
  /** Locale the translations are made from. */
  sourceLocale: z.string().default('en'),
  /** Locales to check; by default every folder named like a language tag. */
  locales: z.array(z.string()).optional(),
  /** Display names of locales (`{zh-cn: '简体中文'}`). */
  localeNames: z.record(z.string(), z.string()).default({}),
  /**
   * Where pages live: `hugo` is `<locale>/…` for every locale, `starlight` has the source
   * locale at the root and the others in folders; `auto` picks `hugo` when a folder named
   * after the source locale exists.
   */
  layout: z.enum(['auto', 'hugo', 'starlight']).default('auto'),
  /** The site's own URLs (`https://kubernetes.io`): links to them are treated as internal. */
  siteUrls: z.array(z.string()).default([]),
  /** Glob patterns (relative to the content folder) of files to leave out. */
  ignores: z.array(z.string()).default([]),
  /** Hugo shortcodes: which ones render as headings, which must be closed. */
  shortcodes: z
    .strictObject({
      /**
       * Shortcodes that render as a heading, mapped to the heading key they stand for.
       * `heading` takes the key as its first argument (`{{% heading "whatsnext" %}}`).
       */
      headings: z.record(z.string(), z.string()).default({
        heading: '$1',
        'whatsnext-heading': 'whatsnext',
        'prerequisites-heading': 'prerequisites',
        'objectives-heading': 'objectives',
        'cleanup-heading': 'cleanup',
        'synopsis-heading': 'synopsis',
        'options-heading': 'options'
      }),
      /** Titles of heading keys, for reports (`whatsnext` → `What's next`). */
      headingTitles: z.record(z.string(), z.string()).default({
        whatsnext: "What's next",
        prerequisites: 'Before you begin',
        objectives: 'Objectives',
        cleanup: 'Cleaning up',
        synopsis: 'Synopsis',
        options: 'Options'
      }),
      /** Shortcodes that must have a closing tag. */
      paired: z
        .array(z.string())
        .default(['note', 'caution', 'warning', 'capture', 'tabs', 'tab', 'details', 'alert', 'mermaid', 'highlight']),
      /** Named arguments that identify a shortcode (compared across locales); others are free text. */
      keyArgs: z
        .record(z.string(), z.array(z.string()))
        .default({
          'feature-state': ['for_k8s_version', 'state'],
          glossary_tooltip: ['term_id'],
          'glossary_definition': ['term_id'],
          param: ['$1'],
          'skew': ['$1']
        }),
      /** Shortcodes that only wrap content (`capture`): not compared. */
      transparent: z.array(z.string()).default(['capture'])
    })
    .prefault({}),
  /** Rendered forms that are the same as a shortcode. */
  equivalences: z.array(equivalenceSchema).default([
    {match: 'heading', pattern: '^(?:note|nota|notes?|注意|说明|注|примечание|remarque|hinweis|참고|注記|catatan|not)\\s*[:：]?$', shortcode: 'note', args: {}},
    {match: 'heading', pattern: '^(?:caution|attenzione|precaución|atenção|внимание|注意事项|주의)\\s*[:：]?$', shortcode: 'caution', args: {}},
    {match: 'heading', pattern: '^(?:warning|avviso|advertencia|aviso|предупреждение|警告|경고)\\s*[:：]?$', shortcode: 'warning', args: {}},
    {
      match: 'paragraph',
      pattern: '^[^:：]{1,40}[:：]\\s*Kubernetes (v\\d+(?:\\.\\d+)*) \\[(\\w+)\\]$',
      shortcode: 'feature-state',
      args: {for_k8s_version: '$1', state: '$2'}
    }
  ]),
  /** Front-matter handling for `frontmatter-mismatch`. */
  frontmatter: z
    .strictObject({
      /** Keys whose values must be equal in source and translation. */
      equal: z.array(z.string()).default(['weight', 'content_type', 'type', 'layout', 'slug', 'draft']),
      /** Keys a translation may have that no source page uses. */
      translationOnly: z.array(z.string()).default(['default_lang_commit', 'drifted_from_default', 'reviewers', 'translation_of']),
      /** Keys a translation may leave out. */
      optional: z.array(z.string()).default(['reviewers', 'aliases', 'auto_generated', 'math', 'cSpell:ignore'])
    })
    .prefault({}),
  /**
   * What the site declares translations leave out, never compared: components such as an English
   * `<DontEditWarning/>` that every translation is told to drop, front-matter keys such as
   * `i18nReady` that only source pages carry.
   */
  ignore: z
    .strictObject({
      /** Names of components, shortcodes and callouts (`DontEditWarning`, `note`) not compared by `shortcode-mismatch`. */
      components: z.array(z.string()).default([]),
      /** Front-matter keys not compared by `frontmatter-mismatch`, in either direction. */
      frontmatter: z.array(z.string()).default([])
    })
    .prefault({}),
  /** How translations may rewrite links (`link-target`). */
  links: z
    .strictObject({
      /**
       * A source link starting with `source` may be written in a translation starting with
       * `translation` instead; in `translation`, `*` stands for any one path segment (a locale
       * such as `fr`). The scheme (`https://`) may be left out. The README shows MDN's localised
       * editions, whose `/en-US/` translations change or drop.
       */
      rewrites: z.array(z.strictObject({source: z.string().min(1), translation: z.string().min(1)})).default([])
    })
    .prefault({}),
  /**
   * Conventions learned from the site itself: a difference (a component or front-matter key the
   * translations drop, a link they localise, sections they sort by their own titles) that enough
   * translations share, each made when the source already had what they leave out, is a site
   * convention, not drift. Its findings are left out and it is listed once in the report.
   * Never for `missing-page`, `missing-section` or the `outdated-*` rules.
   */
  conventions: z
    .strictObject({
      /** Learn conventions at all; off, only `pin` applies. */
      learn: z.boolean().default(true),
      /** Translated pages (a page in each locale counts once) that must share a difference. */
      minPages: z.number().int().min(1).default(10),
      /** Locales those pages must span. */
      minLocales: z.number().int().min(1).default(3),
      /**
       * Share (0–1) of the translated pages that could show the difference that must show it: of
       * those whose source has the component, key or link the translations drop; of every
       * translated page for what they add.
       */
      minShare: z.number().min(0).max(1).default(0.5),
      /** Conventions to apply whatever their support, by id (as `lockstep conventions` lists them). */
      pin: z.array(z.string().refine(isConventionId, conventionIdError)).default([]),
      /** Learned conventions not to apply, by id: their findings are reported as usual. */
      off: z.array(z.string()).default([])
    })
    .prefault({}),
  /** Staleness from git history: what changed in the source since each translation was made. */
  history: z
    .strictObject({
      /** Read git history at all; off, every page's base is `unknown` and the history rules are silent. */
      enabled: z.boolean().default(true),
      /**
       * Front-matter key of a translation that pins the source commit it was translated from
       * (OpenTelemetry's `default_lang_commit`); it wins over the history.
       */
      pinKey: z.string().default('default_lang_commit'),
      /**
       * Commits whose message contains one of these (case-insensitive) are ignored: a source edit
       * marked so does not make translations stale, a translation commit marked so is not a re-translation.
       */
      ignoreKeywords: z.array(z.string()).default(['[skip l10n]', '[skip i18n]', '[l10n skip]', 'lunaria-ignore', 'i18nIgnore']),
      /** A prose edit of at most this many characters (by edit distance) is a typo fix: `info`, not `warning`. */
      typoChars: z.number().int().min(0).default(8),
      /** Front-matter keys whose values readers see and translators translate: a change to one is a change of the page's introduction. */
      frontmatterKeys: z.array(z.string()).default(['title', 'description', 'linkTitle', 'banner', 'hero'])
    })
    .prefault({}),
  /** How far the section alignment is trusted. */
  alignment: z
    .strictObject({
      /**
       * A pair of sections the aligner is less sure of than this (0–1, its `confidence` in the JSON
       * report) gives no `heading-level` or `section-order` finding and places no missing section;
       * the page gets one `uncertain-alignment` finding (`info`) instead. On the explicit-id ground
       * truth, pairs below 0.5 were right 84 % of the time, pairs above it 99.7 %.
       */
      uncertainBelow: z.number().min(0).max(1).default(0.5)
    })
    .prefault({}),
  /** Rule severities and options, by rule id. */
  rules: z
    .record(z.string(), ruleSettingSchema)
    .superRefine((rules, context) => {
      // A misspelt id would silently leave the rule at its default: the user meant another one.
      const ruleIds = ruleRegistry.map((rule) => rule.id)
      for (const id of Object.keys(rules)) {
        if (ruleIds.includes(id)) continue
        const near = closest(id, ruleIds)
        context.addIssue({code: 'custom', path: [id], message: `Unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : ` (rules: ${ruleIds.join(', ')})`}`})
      }
    })
    .default({}),
  /**
   * Base URL of "edit this file" links on the site: a page's file path (relative to the config
   * file, e.g. `content/it/docs/….md`) is appended (`https://github.com/kubernetes/website/edit/main/`).
   */
  editUrl: z.string().optional(),
  /**
   * The URL the Lockstep site (`npm run build`) is published at (`https://docs.example.org`): its
   * `hreflang` alternates and canonical links are absolute under it; relative when absent.
   */
  site: z.url().optional(),
  /**
   * On the site, show a section missing from a translation in the source language at its place
   * (marked "not yet translated"); `false` shows only its heading and a link to the source page's
   * section, for projects that want no source-language text inside a translated page.
   */
  sectionFallback: z.boolean().default(true),
  /** Base of rule documentation URLs. */
  docsUrl: z.string().default('https://github.com/lockstep-docs/lockstep/blob/main/docs/rules/')
})

/** The configuration as written by a user. */
export type UserConfig = z.input<typeof configSchema>
/** The configuration with every default filled in. */
export type Config = z.output<typeof configSchema>
/** A rule severity. */
export type Severity = z.output<typeof severitySchema>
/** A rendered-form equivalence. */
export type Equivalence = z.output<typeof equivalenceSchema>
