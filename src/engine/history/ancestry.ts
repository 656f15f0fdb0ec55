import type {CommitGraph} from './read-graph.ts'

/**
 * Ancestor sets of commits, computed on demand over the graph and kept: each distinct base is
 * walked once however many pages share it.
 */
export class Ancestry {
  readonly #graph: CommitGraph
  readonly #sets = new Map<string, Set<string>>()

  constructor(graph: CommitGraph) {
    this.#graph = graph
  }

  /** Every commit reachable from `commit`, itself included. */
  of(commit: string): ReadonlySet<string> {
    let set = this.#sets.get(commit)
    if (set) return set
    set = new Set([commit])
    const stack = [commit]
    while (stack.length > 0) {
      for (const parent of this.#graph.get(stack.pop()!)?.parents ?? []) {
        if (set.has(parent)) continue
        set.add(parent)
        stack.push(parent)
      }
    }
    this.#sets.set(commit, set)
    return set
  }
}
