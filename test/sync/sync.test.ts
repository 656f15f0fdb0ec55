import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {makeRepo, type TestRepo} from '../history/git-repo.ts'
import {runCli} from '../report/cli.ts'

/** The drift findings a sync is about, as `rule line severity message`. */
function findings(result: CheckResult, locale = 'es'): string[] {
  const rules = new Set(['outdated-section', 'missing-section', 'untranslated-scaffold', 'code-mismatch', 'link-target', 'broken-anchor', 'shortcode-mismatch'])
  return result.report.diagnostics.filter((d) => d.locale === locale && rules.has(d.rule)).map((d) => `${d.rule} ${d.line} ${d.severity} ${d.message.replace(/base [0-9a-f]{7}/, 'base <base>')}`)
}

/** A repository with the translation committed beside its source, then the source edited in a later commit. */
function edited(before: {en: string; es: string}, en: string, options: {pinned?: boolean; file?: string} = {}): TestRepo & {base: string} {
  const file = options.file ?? 'guide.md'
  const repo = makeRepo()
  const frontmatter = options.pinned ? '---\ntitle: Guide\n---\n' : ''
  repo.write({[`en/${file}`]: frontmatter + before.en, [`es/${file}`]: before.es})
  const base = repo.commit('Add the guide and its translation')
  if (options.pinned) {
    repo.write({[`es/${file}`]: `---\ntitle: Guía\ndefault_lang_commit: ${base}\n---\n${before.es}`})
    repo.commit('Pin the translation [skip l10n]')
  }
  repo.write({[`en/${file}`]: frontmatter + en})
  repo.commit('Edit the English page')
  return Object.assign(repo, {base})
}

const sync = (repo: TestRepo, ...args: string[]) => runCli(['sync', ...args], repo.root)
const read = (repo: TestRepo, file = 'es/guide.md') => fs.readFileSync(path.join(repo.root, 'content', file), 'utf8')

const en = `# Guide

Lockstep keeps translations in step.

## Install

Run \`npm install lockstep@1.2\` in a project, then:

\`\`\`sh
npx lockstep init --locales es
\`\`\`

See [the locales](/docs/locales/#choose) and [Build](#build).

## Build {#build}

{{< feature-state for_k8s_version="v1.18" state="beta" >}}

Builds take 30 seconds on version 1.18 of the builder.
`

const es = `# Guía

Lockstep mantiene las traducciones al día.

## Instalar

Ejecuta \`npm install lockstep@1.2\` en un proyecto y después:

\`\`\`sh
npx lockstep init --locales es
\`\`\`

Mira [los idiomas](/docs/locales/#choose) y [Compilar](#build).

## Compilar {#build}

{{< feature-state for_k8s_version="v1.18" state="beta" >}}

La compilación tarda 30 segundos con la versión 1.18 del compilador.
`

describe('lockstep sync', {timeout: 180_000}, () => {
  it.each([
    ['a code block', (text: string) => text.replace('init --locales es', 'init --locales es,fr'), 'init --locales es,fr', 'code'],
    ['inline code', (text: string) => text.replace('lockstep@1.2`', 'lockstep@2.0`'), 'lockstep@2.0`', 'code'],
    ['a link target', (text: string) => text.replace('/docs/locales/#choose', '/docs/config/locales/#choose'), '](/docs/config/locales/#choose)', 'links'],
    ['a link fragment', (text: string) => text.replace('/docs/locales/#choose', '/docs/locales/#pick'), '](/docs/locales/#pick)', 'links']
  ])('carries over %s and the check no longer reports it', async (_, edit, expected, kind) => {
    const repo = edited({en, es}, edit(en))
    const before = findings(await repo.check())
    expect(before).toContain(`outdated-section 5 warning Source section “Install” changed (${kind}) since this translation’s base <base>`)
    expect(before.some((finding) => /^(code-mismatch|link-target) /.test(finding))).toBe(true)
    const dry = await sync(repo)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`+++ b/content/es/guide.md`)
    expect(read(repo)).toBe(es)
    const written = await sync(repo, '--write')
    expect(written.stderr).toContain('wrote content/es/guide.md: 1 change carried over')
    expect(read(repo)).toBe(edit(es))
    expect(read(repo)).toContain(expected)
    // The translation's prose is as it was: only the item changed.
    expect(findings(await repo.check())).toEqual([])
  })

  it('carries over an explicit heading id, a shortcode argument and a number', async () => {
    const change = (text: string) => text.replaceAll('{#build}', '{#compile}').replaceAll('(#build)', '(#compile)').replace('"v1.18"', '"v1.19"').replace(/1\.18 (of|del)/, '1.19 $1')
    const repo = edited({en, es}, change(en))
    expect(findings(await repo.check())).toEqual([
      'outdated-section 5 warning Source section “Install” changed (links) since this translation’s base <base>',
      // The shortcode's argument (v1.18 to v1.19) is a change of components, not a typo, though the number in the prose alone would be.
      'outdated-section 15 warning Source section “Build” changed (components) since this translation’s base <base>',
      'shortcode-mismatch 15 warning The source section has `feature-state for_k8s_version=v1.19 state=beta` ({{< feature-state for_k8s_version="v1.19" state="beta" >}}); the translation has none',
      'shortcode-mismatch 17 warning `feature-state for_k8s_version=v1.18 state=beta` is not in the source section “Build”'
    ])
    await sync(repo, '--write')
    expect(read(repo)).toBe(change(es))
    // The shortcode and the number carried over, the translation has what English changed: nothing is outstanding, committed or not.
    expect(findings(await repo.check())).toEqual([])
    repo.commit('Sync the Spanish guide')
    expect(findings(await repo.check())).toEqual([])
  })

  it('leaves prose to translators: the mechanical finding goes, the prose one stays', async () => {
    const repo = edited({en, es}, en.replace('init --locales es', 'init --locales es,fr').replace('Builds take 30 seconds', 'Builds take about half a minute, depending on the machine,'))
    const {stderr} = await sync(repo, '--write')
    expect(stderr).toContain('“Build” left to translators (prose)')
    expect(stderr).toContain('2 outdated sections: 1 cleared mechanically (1 carried over, 0 typo-level only), 1 left to translators')
    expect(stderr).toContain('Commit with `[skip l10n]` in the message, so their base stays until the prose is translated: content/es/guide.md')
    repo.commit('Sync the Spanish guide [skip l10n]')
    expect(findings(await repo.check())).toEqual(['outdated-section 15 warning Source section “Build” changed (prose) since this translation’s base <base>'])
    expect(read(repo)).toContain('La compilación tarda 30 segundos')
  })

  it('leaves a translated placeholder and a localised link alone', async () => {
    const translated = es.replace('init --locales es', 'init --locales <idiomas>').replace('/docs/locales/#choose', '/es/docs/locales/#choose')
    const repo = edited({en, es: translated}, en.replace('init --locales es', 'init --locales es,fr').replace('/docs/locales/#choose', '/docs/config/locales/#choose'))
    const {stdout, stderr} = await sync(repo, '--write')
    expect(stdout).toBe('')
    expect(stderr).toContain('“Install” left to translators (code block `')
    expect(read(repo)).toBe(translated)
    expect(findings(await repo.check())).toEqual([
      'outdated-section 5 warning Source section “Install” changed (code, links) since this translation’s base <base>',
      'code-mismatch 9 warning Code block differs from the source section “Install”: source has `es`, `,`, `fr`; translation has `<`, `>`',
      'link-target 13 warning Link points to `/docs/locales/#choose`; the source links to `/docs/config/locales/#choose` here'
    ])
  })

  it('leaves an item that changed with the sentence around it: a rewrite, not a mechanical change', async () => {
    const repo = edited({en, es}, en.replace('Run `npm install lockstep@1.2` in a project, then:', 'Install it once per machine with `npm install -g lockstep@2.0`, then:'))
    const {stdout, stderr} = await sync(repo, '--write')
    expect(stdout).toBe('')
    expect(stderr).toContain('“Install” left to translators (prose, inline code changed with the prose around it)')
    expect(read(repo)).toBe(es)
  })

  it('leaves a code block the source moved into a quote: its lines carry the quote’s markers (OTel: an alert became `> [!TIP]`)', async () => {
    const repo = edited({en, es}, en.replace('```sh\nnpx lockstep init --locales es\n```', '> [!TIP]\n>\n> ```sh\n> npx lockstep init --locales es\n> ```'))
    const {stdout, stderr} = await sync(repo, '--write')
    expect(stdout).toBe('')
    expect(stderr).toContain('code block moved into or out of a list or quote')
    expect(read(repo)).toBe(es)
  })

  it('leaves a change of a comment inside code to translators: comments are prose', async () => {
    const withComment = (text: string, comment: string) => text.replace('npx lockstep init --locales es', `# ${comment}\nnpx lockstep init --locales es`)
    const repo = edited({en: withComment(en, 'set up the project'), es: withComment(es, 'set up the project')}, withComment(en, 'set up the whole project'))
    const {stdout, stderr} = await sync(repo, '--write')
    expect(stdout).toBe('')
    expect(stderr).toContain('“Install” left to translators (comment inside code changed)')
  })

  it('scaffolds a section added to the source in its place; the check reports it as an untranslated scaffold', async () => {
    const repo = edited({en, es}, en.replace('## Build {#build}', '## Upgrade\n\nRun `npm update lockstep`.\n\n## Build {#build}'))
    expect(findings(await repo.check())).toEqual(['outdated-section 14 warning Section “Upgrade” (H2) was added to the source after this translation’s base <base>; it belongs after “Instalar”'])
    await sync(repo, '--write')
    expect(read(repo)).toBe(es.replace('## Compilar', '## Upgrade\n\n<!-- lockstep:untranslated -->\n\nRun `npm update lockstep`.\n\n## Compilar'))
    repo.commit('Scaffold')
    expect(findings(await repo.check())).toEqual(['untranslated-scaffold 15 error Section “Upgrade” (H2) is an untranslated scaffold: the source text under a `lockstep:untranslated` marker'])
  })

  it('scaffolds in MDX with a JSX comment', async () => {
    const repo = edited({en: '# Guide\n\n## Install\n\nRun `npm i`.\n', es: '# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n'}, '# Guide\n\n## Install\n\nRun `npm i`.\n\n## Upgrade\n\nRun `npm update`.\n', {file: 'guide.mdx'})
    await sync(repo, '--write')
    expect(read(repo, 'es/guide.mdx')).toBe('# Guía\n\n## Instalar\n\nEjecuta `npm i`.\n\n## Upgrade\n\n{/* lockstep:untranslated */}\n\nRun `npm update`.\n')
    expect(findings(await repo.check())).toEqual(['untranslated-scaffold 7 error Section “Upgrade” (H2) is an untranslated scaffold: the source text under a `lockstep:untranslated` marker'])
  })

  // MDX components: the attributes whose values are URLs, paths, identifiers, icon names or code are
  // mechanical; a title or label is text for readers and stays for people.
  const enMdx = `# Guide

## Features

<Card title="Stars" icon="star">
  Lockstep keeps translations in step.
</Card>

<Card title="Moons" icon="moon">
  It reads both sides.
</Card>

<LinkCard title="Install" href="/docs/install/" />

<Code code="npm install lockstep" lang="sh" />

## Build

Builds take 30 seconds.
`
  const esMdx = `# Guía

## Funciones

<Card title="Estrellas" icon="star">
  Lockstep mantiene las traducciones al día.
</Card>

<Card title="Lunas" icon="moon">
  Lee los dos lados.
</Card>

<LinkCard title="Instalar" href="/docs/install/" />

<Code code="npm install lockstep" lang="sh" />

## Compilar

La compilación tarda 30 segundos.
`
  const mechanical = (text: string) => text.replace('icon="star"', 'icon="rocket"').replace('"/docs/install/"', '"/docs/setup/"').replace('code="npm install lockstep" lang="sh"', 'code="npm install -D lockstep" lang="bash"')

  it('carries mechanical component attributes in MDX; a changed title and changed prose stay for people', async () => {
    const english = mechanical(enMdx).replace('title="Moons"', 'title="Satellites"').replace('Builds take 30 seconds.', 'Builds take about half a minute, depending on the machine.')
    const repo = edited({en: enMdx, es: esMdx}, english, {file: 'guide.mdx'})
    const before = findings(await repo.check())
    expect(before.filter((finding) => finding.startsWith('shortcode-mismatch')).join('\n')).toContain('Card icon=rocket')
    expect(before.filter((finding) => finding.startsWith('shortcode-mismatch')).join('\n')).toContain('LinkCard href=/docs/setup/')
    expect(before).toContain('outdated-section 17 warning Source section “Build” changed (prose) since this translation’s base <base>')
    const dry = await sync(repo)
    expect(dry.stdout).toContain('-<Card title="Estrellas" icon="star">\n+<Card title="Estrellas" icon="rocket">')
    const {stderr} = await sync(repo, '--write')
    expect(stderr).toContain('wrote content/es/guide.mdx: 4 changes carried over')
    expect(stderr).toContain('“Features” left to translators (component attribute `Card title` changed, and is prose)')
    expect(stderr).toContain('“Build” left to translators (prose)')
    // Byte for byte: the four values and nothing else; the translated titles and prose stay.
    expect(read(repo, 'es/guide.mdx')).toBe(mechanical(esMdx))
    repo.commit('Sync the Spanish guide [skip l10n]')
    const after = findings(await repo.check())
    expect(after.filter((finding) => finding.startsWith('shortcode-mismatch'))).toEqual([])
    expect(after).toContain('outdated-section 17 warning Source section “Build” changed (prose) since this translation’s base <base>')
  })

  it('leaves a localised href, a translated identifier and a value changed with its title alone', async () => {
    const localised = esMdx.replace('"/docs/install/"', '"/es/docs/install/"').replace('<Code code="npm install lockstep" lang="sh" />', '<Tabs syncKey="gestor"><TabItem label="npm">npm</TabItem></Tabs>')
    const source = enMdx.replace('<Code code="npm install lockstep" lang="sh" />', '<Tabs syncKey="pkg"><TabItem label="npm">npm</TabItem></Tabs>')
    const english = source.replace('"/docs/install/"', '"/docs/setup/"').replace('syncKey="pkg"', 'syncKey="package"').replace('title="Moons" icon="moon"', 'title="Satellites" icon="satellite"')
    const repo = edited({en: source, es: localised}, english, {file: 'guide.mdx'})
    const {stdout, stderr} = await sync(repo, '--write')
    expect(stdout).toBe('')
    // The icon changed along with its card's title: a rewrite of the card, for people.
    expect(stderr).toContain('“Features” left to translators (component attribute changed with the prose around it, component attribute `Card title` changed, and is prose, component attribute `href="/docs/install/"` differs in the translation, component attribute `syncKey="pkg"` differs in the translation)')
    expect(read(repo, 'es/guide.mdx')).toBe(localised)
  })

  it('re-pins a pinned page when only mechanical changes remained, and not when prose is left', async () => {
    const repo = edited({en, es}, en.replace('lockstep@1.2`', 'lockstep@2.0`'), {pinned: true})
    const head = repo.git('rev-parse', 'HEAD').trim()
    const {stderr} = await sync(repo, '--write')
    expect(stderr).toContain(`re-pinned to ${head.slice(0, 7)}`)
    expect(read(repo)).toBe(`---\ntitle: Guía\ndefault_lang_commit: ${head}\n---\n${es.replace('lockstep@1.2`', 'lockstep@2.0`')}`)
    const after = await repo.check()
    expect(after.report.diagnostics.filter((d) => d.locale === 'es' && d.rule.startsWith('outdated'))).toEqual([])

    const prose = edited({en, es}, en.replace('lockstep@1.2`', 'lockstep@2.0`').replace('Builds take 30 seconds', 'Builds take about half a minute, depending on the machine,'), {pinned: true})
    await sync(prose, '--write')
    expect(read(prose)).toContain(`default_lang_commit: ${prose.base}`)
    expect(findings(await prose.check())).toEqual(['outdated-section 19 warning Source section “Build” changed (prose) since this translation’s base <base>'])
  })

  it('re-pins under the configured key, and not with --repin never', async () => {
    const repo = makeRepo()
    fs.writeFileSync(path.join(repo.root, 'lockstep.config.json'), JSON.stringify({history: {pinKey: 'translated_from'}}))
    repo.write({'en/guide.md': `---\ntitle: Guide\n---\n${en}`, 'es/guide.md': es})
    const base = repo.commit('Add the guide')
    repo.write({'es/guide.md': `---\ntitle: Guía\ntranslated_from: ${base}\n---\n${es}`})
    repo.commit('Pin the translation [skip l10n]')
    repo.write({'en/guide.md': `---\ntitle: Guide\n---\n${en.replace('lockstep@1.2`', 'lockstep@2.0`')}`})
    const head = repo.commit('Edit the English page')
    const never = await sync(repo, '--write', '--repin', 'never')
    expect(never.stderr).toContain('wrote content/es/guide.md: 1 change carried over\n')
    expect(read(repo)).toBe(`---\ntitle: Guía\ntranslated_from: ${base}\n---\n${es.replace('lockstep@1.2`', 'lockstep@2.0`')}`)
    const again = await sync(repo, '--write')
    expect(again.stderr).toContain(`wrote content/es/guide.md: re-pinned to ${head.slice(0, 7)}`)
    expect(read(repo)).toBe(`---\ntitle: Guía\ntranslated_from: ${head}\n---\n${es.replace('lockstep@1.2`', 'lockstep@2.0`')}`)
  })

  it('keeps every byte outside the edits: CRLF line endings, trailing spaces, front matter as written', async () => {
    const crlf = (text: string) => text.replaceAll('\n', '\r\n')
    const spanish = crlf(`---\ntitle:   "Guía"   \nweight: 10\n---\n${es.replace('al día.', 'al día.  ')}`)
    const repo = edited({en: crlf(en), es: spanish}, crlf(en.replace('lockstep@1.2`', 'lockstep@2.0`').replace('## Build {#build}', '## Upgrade\n\nRun `npm update`.\n\n## Build {#build}')))
    await sync(repo, '--write')
    expect(read(repo)).toBe(spanish.replace('lockstep@1.2`', 'lockstep@2.0`').replace('## Compilar', crlf('## Upgrade\n\n<!-- lockstep:untranslated -->\n\nRun `npm update`.\n\n## Compilar')))
  })

  it('writes nothing through a symbolic link', async () => {
    // Pinned, so the page has a base whatever the history of the file the link points to.
    const repo = edited({en, es}, en.replace('lockstep@1.2`', 'lockstep@2.0`'), {pinned: true})
    const outside = path.join(repo.root, 'outside.md')
    fs.renameSync(path.join(repo.root, 'content/es/guide.md'), outside)
    fs.symlinkSync(outside, path.join(repo.root, 'content/es/guide.md'))
    const before = fs.readFileSync(outside, 'utf8')
    const {stderr} = await sync(repo, '--write')
    expect(stderr).toContain('content/es/guide.md not written: is a symbolic link: not written through')
    expect(fs.readFileSync(outside, 'utf8')).toBe(before)
  })

  it('keeps the file mode and syncs only the paths given', async () => {
    const repo = edited({en, es}, en.replace('lockstep@1.2`', 'lockstep@2.0`'))
    fs.chmodSync(path.join(repo.root, 'content/es/guide.md'), 0o640)
    expect((await sync(repo, '--write', 'content/es/other')).stdout).toBe('')
    expect(read(repo)).toBe(es)
    await sync(repo, '--write', 'content/es')
    expect(read(repo)).toContain('lockstep@2.0`')
    expect(fs.statSync(path.join(repo.root, 'content/es/guide.md')).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(path.join(repo.root, 'content/es'))).toEqual(['guide.md'])
  })
})
