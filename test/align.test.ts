import {describe, expect, it} from 'vitest'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {checkFiles, writeTree} from './helpers.ts'

// Sections whose content identifies them across languages: each carries its own link, code and number.
const part = (heading: string, key: string, prose = 'Texto') => `${heading}\n\n${prose} [${key}](/docs/${key}/) \`${key}-cmd\` ${key.length * 111}.\n`
const en = (...parts: string[]) => `---\ntitle: Guide\n---\n\nIntro [home](/docs/).\n\n${parts.join('\n')}`
const source = en(part('## Install', 'install', 'Install it'), part('## Configure', 'configure', 'Configure it'), part('## Deploy', 'deploy', 'Deploy it'), part('## Monitor', 'monitor', 'Monitor it'))

async function aligned(translation: string) {
  const {report} = await checkFiles({'en/guide.md': source, 'es/guide.md': translation})
  const page = report.pages[0]!
  return {
    pairs: page.sections.map((section) => [section.title, section.source?.title ?? null, section.relation ?? 'match']),
    missing: page.missing.map((section) => section.title)
  }
}

describe('alignment', () => {
  it('finds a section missing in the middle', async () => {
    const result = await aligned(en(part('## Instalar', 'install'), part('## Desplegar', 'deploy'), part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual(['Configure'])
    expect(result.pairs).toEqual([
      ['Instalar', 'Install', 'match'],
      ['Desplegar', 'Deploy', 'match'],
      ['Monitorizar', 'Monitor', 'match']
    ])
  })

  it('finds an extra section in the middle', async () => {
    const result = await aligned(en(part('## Instalar', 'install'), part('## Configurar', 'configure'), '## Notas\n\nNada que ver.\n', part('## Desplegar', 'deploy'), part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual([])
    expect(result.pairs.find(([title]) => title === 'Notas')).toEqual(['Notas', null, 'match'])
  })

  it('pairs a reordered section as moved', async () => {
    const result = await aligned(en(part('## Instalar', 'install'), part('## Desplegar', 'deploy'), part('## Configurar', 'configure'), part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual([])
    expect(result.pairs.filter(([, , relation]) => relation === 'moved')).toHaveLength(1)
    expect(result.pairs.map(([title, sourceTitle]) => `${title}=${sourceTitle}`)).toEqual(['Instalar=Install', 'Desplegar=Deploy', 'Configurar=Configure', 'Monitorizar=Monitor'])
  })

  it('pairs promoted and demoted headings', async () => {
    const result = await aligned(en(part('## Instalar', 'install'), part('### Configurar', 'configure'), part('# Desplegar', 'deploy'), part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual([])
    expect(result.pairs.map(([title, sourceTitle]) => `${title}=${sourceTitle}`)).toEqual(['Instalar=Install', 'Configurar=Configure', 'Desplegar=Deploy', 'Monitorizar=Monitor'])
  })

  it('recognises a section split into two', async () => {
    const split = `## Configurar\n\nTexto [configure](/docs/configure/) \`configure-cmd\`.\n\n### Más opciones\n\nTexto ${'configure'.length * 111} \`configure-cmd\` [configure](/docs/configure/).\n`
    const result = await aligned(en(part('## Instalar', 'install'), split, part('## Desplegar', 'deploy'), part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual([])
    // Both halves stand for “Configure”; one of them is the split-off part.
    const halves = result.pairs.filter(([title]) => title === 'Configurar' || title === 'Más opciones')
    expect(halves.map(([, sourceTitle]) => sourceTitle)).toEqual(['Configure', 'Configure'])
    expect(halves.map(([, , relation]) => relation).sort()).toEqual(['match', 'split'])
  })

  it('recognises two sections merged into one', async () => {
    const merged = `## Configurar y desplegar\n\nTexto [configure](/docs/configure/) \`configure-cmd\` ${'configure'.length * 111} y [deploy](/docs/deploy/) \`deploy-cmd\` ${'deploy'.length * 111}.\n`
    const result = await aligned(en(part('## Instalar', 'install'), merged, part('## Monitorizar', 'monitor')))
    expect(result.missing).toEqual([])
    expect(result.pairs[1]![0]).toBe('Configurar y desplegar')
  })

  it('pairs identical code headings of a reference page as near-certain', async () => {
    const reference = (prose: string[]) => `---\ntitle: Variables\n---\n\n${['OTEL_SERVICE_NAME', 'OTEL_TRACES_SAMPLER', 'OTEL_LOG_LEVEL'].map((name, index) => `## \`${name}\`\n\n${prose[index]}\n`).join('\n')}`
    const root = await writeTree({
      'en/vars.md': reference(['Sets the name of the service.', 'Sets the sampler.', 'Sets the level of the logs.']),
      'es/vars.md': reference(['Define el nombre del servicio que aparece en cada traza.', 'Define el muestreador.', 'Define el nivel de los registros.'])
    })
    const {report} = await check({config: validateConfig({}), cwd: root, explain: true})
    const sections = report.pages[0]!.sections.filter((section) => section.level > 0)
    expect(sections.map((section) => [section.title, section.source?.title, section.confidence! >= 0.95, section.reasons?.find((reason) => reason.startsWith('same code heading'))])).toEqual([
      ['OTEL_SERVICE_NAME', 'OTEL_SERVICE_NAME', true, 'same code heading `OTEL_SERVICE_NAME`'],
      ['OTEL_TRACES_SAMPLER', 'OTEL_TRACES_SAMPLER', true, 'same code heading `OTEL_TRACES_SAMPLER`'],
      ['OTEL_LOG_LEVEL', 'OTEL_LOG_LEVEL', true, 'same code heading `OTEL_LOG_LEVEL`']
    ])
  })

  it('is deterministic', async () => {
    const translation = en(part('## Instalar', 'install'), part('## Desplegar', 'deploy'), part('## Configurar', 'configure'))
    expect(await aligned(translation)).toEqual(await aligned(translation))
  })
})
