import fs from 'node:fs'
import path from 'node:path'
import {english, makeRepo, spanish} from '../history/git-repo.ts'
import {buildSite} from './build-site.ts'

/** What the history fixture site is made of, for the tests' expectations. */
export interface HistorySite {
  /** The git repository the site is built from. */
  root: string
  /** The built site. */
  out: string
  /** Full hash of the commit the Spanish translation was made at. */
  base: string
  /** The published URL set in the fixture's config. */
  url: string
}

/** A Hugo page with Docsy's `tabpane` and Kubernetes' `tabs`, and a relative link. */
const englishInstall = `# Install

Pick your system.

## Packages

{{< tabpane text=true >}}
{{% tab header="Linux" lang="shell" %}}
Run \`apt install lockstep\`, then read the [guide](../guide/).
{{% /tab %}}
{{% tab header="macOS (\`brew\`)" %}}
Run \`brew install lockstep\`.
{{% /tab %}}
{{< /tabpane >}}

## From source

{{< tabs name="source" >}}
{{% tab name="Git" %}}
Clone the repository.
{{% /tab %}}
{{% tab name="Archive" %}}
Download the archive.
{{% /tab %}}
{{< /tabs >}}
`

/** Its Spanish translation, without “From source”. */
const spanishInstall = `# Instalación

Elija su sistema.

## Paquetes

{{< tabpane text=true >}}
{{% tab header="Linux" lang="shell" %}}
Ejecute \`apt install lockstep\` y lea la [guía](../guide/).
{{% /tab %}}
{{% tab header="macOS (\`brew\`)" %}}
Ejecute \`brew install lockstep\`.
{{% /tab %}}
{{< /tabpane >}}
`

/**
 * A small project in a real git repository, built as a site: Spanish (and German, which has no
 * UI strings) translated, then English edited — a prose change in “Configure”, a typo fix in
 * “Install”, a section “Upgrade” added — and a Spanish page whose English source never existed;
 * an install page with Hugo tab sets, its Spanish translation missing a section.
 */
export function buildHistorySite(): HistorySite {
  const repo = makeRepo()
  const url = 'https://docs.example.test'
  fs.writeFileSync(path.join(repo.root, 'lockstep.config.json'), JSON.stringify({site: url, siteUrls: ['https://lockstep.example'], localeNames: {en: 'English', es: 'Español', de: 'Deutsch'}}))
  repo.write({
    'en/guide.md': english,
    'es/guide.md': spanish,
    'de/guide.md': spanish.replace('# Guía', '# Anleitung'),
    'es/old.md': '# Página antigua\n\nEsta página ya no tiene original en inglés.\n\n## Detalles\n\nTexto.\n',
    'en/install.md': englishInstall,
    'es/install.md': spanishInstall
  })
  const base = repo.commit('Translate')
  repo.write({
    'en/guide.md':
      english
        .replace('to add it to a project.', 'to add it to a projct.')
        .replace('Edit `lockstep.config.json` and set the [locales](/docs/locales/).', 'Edit `lockstep.config.json`, set the [locales](/docs/locales/) and choose which rules report errors.') +
      '\n## Upgrade\n\nRun `npx lockstep upgrade` after every release.\n'
  })
  repo.commit('Document upgrades')
  const out = path.join(repo.root, '.site')
  buildSite(out, repo.root)
  return {root: repo.root, out, base, url}
}
