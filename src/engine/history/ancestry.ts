import type {CommitGraph} from './read-graph.ts'

/** The commits reachable from one commit (itself included). */
export interface Ancestors {
  has(commit: string): boolean
}

/** Commits along the main line between two checkpoints: a walk from any commit reaches a checkpoint within about as many steps. */
const checkpointEvery = 256

/**
 * Ancestor sets of commits, computed on demand over the graph and kept: each distinct base is
 * walked once however many pages share it. A set is a bit per commit of the graph, and a walk stops
 * where it meets a set already made: at checkpoints every 256 commits of the main line (HEAD's
 * first parents), made once. So a set costs a short walk and a copy of a checkpoint's bits, not a
 * walk of the whole history (which, one per base, cost an edit run of a 12,000-commit history about
 * five seconds).
 */
export class Ancestry {
  readonly #position = new Map<string, number>()
  readonly #parents: number[][] = []
  readonly #sets = new Map<number, Uint32Array>()
  readonly #words: number
  #checkpoints = false

  constructor(graph: CommitGraph) {
    for (const commit of graph.keys()) this.#position.set(commit, this.#position.size)
    for (const [commit, {parents}] of graph) {
      this.#parents[this.#position.get(commit)!] = parents.map((parent) => this.#position.get(parent)).filter((position) => position !== undefined)
    }
    this.#words = Math.ceil(this.#position.size / 32)
  }

  /** Every commit reachable from `commit`, itself included. */
  of(commit: string): Ancestors {
    const position = this.#position.get(commit)
    // A commit outside the graph reaches nothing the graph knows of.
    if (position === undefined) return {has: (other) => other === commit}
    if (!this.#checkpoints) this.#makeCheckpoints()
    const bits = this.#sets.get(position) ?? this.#walk(position)
    return {
      has: (other) => {
        const at = this.#position.get(other)
        return at !== undefined && (bits[at >>> 5]! & (1 << (at & 31))) !== 0
      }
    }
  }

  /** The sets of every 256th commit of the main line, root first, each walk stopping at the one before. */
  #makeCheckpoints(): void {
    this.#checkpoints = true
    const hasChild = new Uint8Array(this.#parents.length)
    for (const parents of this.#parents) for (const parent of parents) hasChild[parent] = 1
    const head = hasChild.indexOf(0)
    if (head === -1) return
    const line: number[] = []
    for (let at: number | undefined = head; at !== undefined; at = this.#parents[at]![0]) line.push(at)
    line.reverse()
    for (let index = checkpointEvery - 1; index < line.length; index += checkpointEvery) this.#walk(line[index]!)
  }

  /** The set of `start`: a walk over parents, first parents first, that takes in whole any set already made. */
  #walk(start: number): Uint32Array {
    const bits = new Uint32Array(this.#words)
    const stack = [start]
    while (stack.length > 0) {
      const at = stack.pop()!
      if (bits[at >>> 5]! & (1 << (at & 31))) continue
      const made = at === start ? undefined : this.#sets.get(at)
      if (made) {
        for (let word = 0; word < bits.length; word++) bits[word]! |= made[word]!
        continue
      }
      bits[at >>> 5]! |= 1 << (at & 31)
      const parents = this.#parents[at]!
      // The first parent goes on the stack last and is walked first: down the main line to the set made before.
      for (let index = parents.length - 1; index >= 0; index--) stack.push(parents[index]!)
    }
    this.#sets.set(start, bits)
    return bits
  }
}
