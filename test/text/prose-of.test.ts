import {describe, expect, it} from 'vitest'
import {proseOf} from '../../src/engine/text/prose-of.ts'

describe('proseOf', () => {
  it('drops inline code, link targets, URLs, numbers, flags and identifiers', () => {
    const prose = proseOf(
      'Use the `--kubelet-certificate-authority` flag (see [docs](/docs/a/b/) and https://kubernetes.io/x) ' +
        'on port 443 in v1.18 with ServiceAccount, kube-proxy, API and HTTPS.'
    )
    expect(prose.text).toBe('Use the flag see docs and on port in with and')
  })

  it('keeps the text of glossary tooltips and drops other shortcodes, comments, tags and heading ids', () => {
    const prose = proseOf(
      '{{< feature-state for_k8s_version="v1.18" state="beta" >}} <!-- x --> el {{< glossary_tooltip text="clúster" term_id="cluster" >}} <b>de</b> Kubernetes {#ssh-tunnels}'
    )
    expect(prose.words).toEqual(['el', 'clúster', 'de', 'Kubernetes'])
  })

  it('drops names case-insensitively, but never a word in `keep`', () => {
    const prose = proseOf('The Konnectivity service to kubelet', {
      names: new Set(['konnectivity', 'Kubelet', 'the', 'to']),
      keep: new Set(['the', 'to'])
    })
    expect(prose.words).toEqual(['The', 'service', 'to'])
  })

  it('keeps a plain word with punctuation around it as the word, and drops it as a name as any other', () => {
    // Such tokens take a shortcut past the identifier and acronym tests: the words are those the tests would keep.
    const prose = proseOf('(See) “the” [Collector], Operator’s it: *docs* _here_ Kubernetes\'s… A I x.', {names: new Set(['kubernetes', 'collector', 'operator'])})
    expect(prose.words).toEqual(['See', 'the', 'it', 'docs', 'here', 'A', 'I', 'x'])
  })

  it('splits an elided article from the word it is glued to', () => {
    expect(proseOf("dell'apiserver, l'API, don't").words).toEqual(["dell'", 'apiserver', "l'", "don't"])
  })

  it('separates CJK runs from Latin words', () => {
    expect(proseOf('API服务器到kubelet的连接').words).toEqual(['服务器到', 'kubelet', '的连接'])
  })

  it('drops fenced code blocks', () => {
    expect(proseOf('Run:\n\n```bash\nkubectl get pods\n```\n\nThen wait.').words).toEqual(['Run', 'Then', 'wait'])
  })
})
