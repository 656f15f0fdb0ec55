import {describe, expect, it} from 'vitest'
import {Ancestry} from '../../src/engine/history/ancestry.ts'
import type {CommitGraph} from '../../src/engine/history/read-graph.ts'

/**
 * A history of `length` commits, newest first as `git log` lists it: a main line with branches
 * that fork from it and merge back (`mergeEvery`), each a few commits long; seeded, so the same
 * graph every run.
 */
function history(length: number, mergeEvery: number, seed: number): CommitGraph {
  let state = seed
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const parents: number[][] = [[]]
  let tip = 0
  while (parents.length < length) {
    if (mergeEvery > 0 && random() < 1 / mergeEvery && parents.length > 10) {
      // A branch forked a little way back, merged into the main line.
      let fork = tip
      for (let back = Math.floor(random() * 40); back > 0 && parents[fork]!.length > 0; back--) fork = parents[fork]![0]!
      let branch = fork
      for (let step = 1 + Math.floor(random() * 5); step > 0; step--) branch = parents.push([branch]) - 1
      tip = parents.push([tip, branch]) - 1
    } else tip = parents.push([tip]) - 1
  }
  const name = (index: number) => `c${index}`
  const graph: CommitGraph = new Map()
  for (let index = parents.length - 1; index >= 0; index--) graph.set(name(index), {time: index, parents: parents[index]!.map(name)})
  return graph
}

/** The ancestors of `commit` by a plain walk: what `Ancestry` must agree with. */
function walk(graph: CommitGraph, commit: string): Set<string> {
  const seen = new Set([commit])
  const stack = [commit]
  while (stack.length > 0) for (const parent of graph.get(stack.pop()!)?.parents ?? []) if (!seen.has(parent)) stack.push(parent), seen.add(parent)
  return seen
}

describe('Ancestry', () => {
  it.each([
    ['a straight line', 1500, 0],
    ['branches merged now and then', 1500, 30],
    ['a merge every few commits', 1200, 3]
  ])('gives the same ancestors as a plain walk, for every commit of %s (past several checkpoints)', (_, length, mergeEvery) => {
    const graph = history(length, mergeEvery, 7)
    const commits = [...graph.keys()]
    // Asked in an order that is not the graph's: the sets made first must not depend on it.
    const asked = commits.filter((_, index) => index % 3 === 0).concat(commits.filter((_, index) => index % 3 !== 0).reverse())
    const ancestry = new Ancestry(graph)
    const wrong: string[] = []
    for (const commit of asked) {
      const expected = walk(graph, commit)
      const ancestors = ancestry.of(commit)
      for (const other of commits) if (ancestors.has(other) !== expected.has(other)) wrong.push(`${commit} → ${other}`)
    }
    expect(asked.length).toBeGreaterThanOrEqual(length)
    expect(wrong).toEqual([])
  })

  it('knows nothing of a commit outside the graph but the commit itself', () => {
    const ancestry = new Ancestry(history(20, 0, 1))
    const outside = ancestry.of('f'.repeat(40))
    expect(outside.has('f'.repeat(40))).toBe(true)
    expect(outside.has('c0')).toBe(false)
    expect(ancestry.of('c5').has('not-a-commit')).toBe(false)
  })
})
