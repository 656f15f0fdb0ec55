import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {CheckResult} from '../../src/engine/check.ts'
import {makeRepo} from './git-repo.ts'

/** The findings of the rules that rest on pairing sections, as `rule line message`. */
function claims(result: CheckResult): string[] {
  return result.report.diagnostics
    .filter((diagnostic) => ['heading-level', 'extra-section', 'missing-section'].includes(diagnostic.rule) && diagnostic.severity !== 'info')
    .map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.message}`)
}

/** Check a repository where the translation was committed with its source, then the source changed. */
async function translatedThenChanged(atBase: Record<string, string>, changed: Record<string, string>): Promise<CheckResult> {
  const repo = makeRepo()
  repo.write(atBase)
  repo.commit('Add the page and its translation')
  repo.write(changed)
  repo.commit('Change the source')
  return repo.check()
}

// The CNCF glossary's `firewall.md` (see the fixture's README): the Hindi translation keeps the
// “What it is” heading that English dropped since, and has its headings one rank down.
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/removed-since-base', name), 'utf8')
const firewallAtBase = fixture('en-at-base.md')
const firewallNow = fixture('en-now.md')
const firewallHindi = fixture('hi.md')

describe('sections removed from the source since the translation’s base', () => {
  it('leave the translated section that holds one unpaired, instead of pairing it with the next section', async () => {
    const result = await translatedThenChanged({'en/firewall.md': firewallAtBase, 'hi/firewall.md': firewallHindi}, {'en/firewall.md': firewallNow})
    expect(claims(result)).toEqual([
      'extra-section 8 Section “यह क्या है” has no counterpart in the en page',
      'heading-level 11 Heading is H3 here but H2 in the source (“Problem it addresses”)',
      'heading-level 14 Heading is H3 here but H2 in the source (“How it helps”)'
    ])
    const page = result.report.pages.find((entry) => entry.locale === 'hi')!
    expect(page.removedSinceBase).toEqual([{title: 'What it is', level: 2}])
  })

  it('pair by place alone without history (the mistake the base corrects)', async () => {
    const repo = makeRepo()
    repo.write({'en/firewall.md': firewallNow, 'hi/firewall.md': firewallHindi})
    repo.commit('Both as they are now, with no history to tell')
    expect(claims(await repo.check())).toContain('heading-level 8 Heading is H3 here but H2 in the source (“Problem it addresses”)')
  })
})

// The shape of OpenTelemetry's `docs/demo/kubernetes-deployment.md` (CC BY 4.0,
// github.com/open-telemetry/opentelemetry.io): English rewrote its `## Install using kubectl` into
// `### Use Helm to generate a Kubernetes manifests`, keeping a note; the translations keep the H2.
const demoAtBase = `---\ntitle: Kubernetes deployment\n---\n\n## Install using Helm\n\nRun \`helm install my-otel-demo open-telemetry/opentelemetry-demo\`.\n\n## Install using kubectl\n\nThe following command will install the demo application to your Kubernetes cluster.\n\n\`\`\`shell\nkubectl create --namespace otel-demo -f opentelemetry-demo.yaml\n\`\`\`\n\n> The OpenTelemetry Demo Kubernetes manifests do not support being upgraded from one version to another.\n\n## Use the Demo\n\nExpose the services with \`kubectl port-forward\`.\n`
const demoNow = demoAtBase.replace(
  /## Install using kubectl\n\nThe following command will install the demo application to your Kubernetes cluster.\n\n```shell\n[^`]*```/,
  '### Use Helm to generate a Kubernetes manifests\n\nThe following command will generate a single Kubernetes manifest file for all required resources.\n\n```shell\nhelm template opentelemetry-demo open-telemetry/opentelemetry-demo > opentelemetry-demo.yaml\n```'
)
const demoSpanish = `---\ntitle: Despliegue en Kubernetes\n---\n\n## Instalar usando Helm\n\nEjecuta \`helm install my-otel-demo open-telemetry/opentelemetry-demo\`.\n\n## Instalar usando kubectl\n\nEl siguiente comando instalará la aplicación de demostración en tu clúster de Kubernetes.\n\n\`\`\`shell\nkubectl create --namespace otel-demo -f opentelemetry-demo.yaml\n\`\`\`\n\n> Los manifiestos de Kubernetes de la Demo de OpenTelemetry no soportan ser actualizados de una versión a otra.\n\n## Usar la demo\n\nExpone los servicios con \`kubectl port-forward\`.\n`

describe('a heading the source promoted or demoted in a rewrite since the base', () => {
  it('is an outdated section, not a heading-level finding, while the translation keeps the old rank', async () => {
    const result = await translatedThenChanged({'en/demo.md': demoAtBase, 'es/demo.md': demoSpanish}, {'en/demo.md': demoNow})
    const rules = result.report.diagnostics.filter((diagnostic) => diagnostic.line === 9).map((diagnostic) => `${diagnostic.rule} ${diagnostic.severity}`)
    expect(rules).toContain('outdated-section warning')
    expect(rules).not.toContain('heading-level warning')
  })

  it('is a heading-level finding when the translation changed the rank itself', async () => {
    const repo = makeRepo()
    repo.write({'en/demo.md': demoAtBase, 'es/demo.md': demoSpanish.replace('## Instalar usando kubectl', '### Instalar usando kubectl')})
    repo.commit('Add the demo page and its translation, one heading demoted')
    const result = await repo.check()
    expect(claims(result)).toContain('heading-level 9 Heading is H3 here but H2 in the source (“Install using kubectl”)')
  })
})
