import {describe, expect, it} from 'vitest'
import {checkFiles} from '../helpers.ts'

// An excerpt of the OpenTelemetry glossary, content/{en,es}/docs/concepts/glossary.md of
// github.com/open-telemetry/opentelemetry.io (CC BY 4.0), shortened: each page sorts its entries by
// its own terms, and the Spanish entries keep the English ids (`{#library}`).
const english = `---
title: Glossary
---

## Terms

### Aggregation

The process of combining multiple measurements into exact or estimated
statistics. Used by the [Metric](#metric) [Data source](#data-source).

### API

Application Programming Interface. Used to define how telemetry data is
generated per [Data source](#data-source).

### Application

One or more [Services](#service) designed for end users or other applications.

### Attribute

OpenTelemetry term for [Metadata](#metadata). See [attribute spec][attribute].

### Client library

See [Instrumented library](#instrumented-library).

### Client-side app

A component of an [Application](#application) that is not running inside a
private infrastructure.

### Library

A language-specific collection of behavior invoked by an interface.

### Observability backend

The component of an observability platform that stores telemetry data, like
[Jaeger][] and [Prometheus][].

[attribute]: /docs/specs/otel/common/#attributes
[Jaeger]: https://www.jaegertracing.io/
[Prometheus]: https://prometheus.io/
`

const entries = {
  aggregation: `### Agregación {#aggregation}

El proceso de combinar múltiples mediciones en estadísticas exactas o estimadas.
Usado por la [Métrica](#metric) [Fuente de datos](#data-source).
`,
  api: `### API

Interfaz de Programación de Aplicaciones. Se utiliza para definir cómo se
generan los datos de telemetría por cada [Fuente de datos](#data-source).
`,
  application: `### Aplicación {#application}

Uno o más [Servicios](#service) diseñados para usuarios finales u otras
aplicaciones.
`,
  clientSideApp: `### Aplicación cliente {#client-side-app}

Un componente de una [Aplicación](#application) que no se ejecuta dentro de una
infraestructura privada.
`,
  attribute: `### Atributo {#attribute}

Término de OpenTelemetry para [Metadatos](#metadata). Ver [especificación de
atributos][attribute].
`,
  observabilityBackend: `### Backend de observabilidad {#observability-backend}

El componente de una plataforma de observabilidad que almacena datos de
telemetría, como [Jaeger][] y [Prometheus][].
`,
  library: `### Biblioteca {#library}

Una colección de comportamiento específica de un lenguaje invocada por una
interfaz.
`,
  clientLibrary: `### Biblioteca cliente {#client-library}

Ver [Biblioteca instrumentada](#instrumented-library).
`
}

const spanish = (order: Array<keyof typeof entries>) => `---
title: Glosario
---

## Términos {#terms}

${order.map((key) => entries[key]).join('\n')}
[attribute]: /docs/specs/otel/common/#attributes
[Jaeger]: https://www.jaegertracing.io/
[Prometheus]: https://prometheus.io/
`

const sorted: Array<keyof typeof entries> = ['aggregation', 'api', 'application', 'clientSideApp', 'attribute', 'observabilityBackend', 'library', 'clientLibrary']

const findings = async (order: Array<keyof typeof entries>, rules: string[]) => {
  const {report} = await checkFiles({'en/glossary.md': english, 'es/glossary.md': spanish(order)})
  return report.diagnostics.filter((diagnostic) => rules.includes(diagnostic.rule)).map((diagnostic) => `${diagnostic.rule} ${diagnostic.line} ${diagnostic.message}`)
}

describe('a glossary each page sorts by its own terms', () => {
  it('is not out of order, and every entry pairs with the entry of its id', async () => {
    expect(await findings(sorted, ['section-order', 'missing-section', 'extra-section'])).toEqual([])
  })

  it('reports the one entry a translator put out of its alphabetical place', async () => {
    // “Biblioteca” moved before “Agregación”: out of the Spanish order, and out of the English one.
    const moved: Array<keyof typeof entries> = ['library', ...sorted.filter((key) => key !== 'library')]
    expect(await findings(moved, ['section-order', 'missing-section', 'extra-section'])).toEqual([
      'section-order 7 Section is out of order: its source “Library” is at a different place in the source page'
    ])
  })
})
