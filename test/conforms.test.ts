import fs from 'node:fs/promises'
import path from 'node:path'
import {expect, it} from 'vitest'
import {z} from 'zod'
import {resultEntrySchema, sectionBodiesSchema, sourceChangesSchema, summaryHeadSchema, gitIndexSchema} from '../src/engine/cache/cache-schema.ts'
import {conforms} from '../src/engine/cache/conforms.ts'
import {check} from '../src/engine/check.ts'
import {validateConfig} from '../src/engine/config/load-config.ts'
import {writeTree} from './helpers.ts'

const root = path.resolve(import.meta.dirname, '..')

/** Every JSON line of every file under `folder`. */
async function jsonLines(folder: string): Promise<unknown[]> {
  const names = await fs.readdir(folder, {recursive: true})
  const lines: unknown[] = []
  for (const name of names.filter((each) => each.endsWith('.json'))) {
    for (const line of (await fs.readFile(path.join(folder, name), 'utf8')).split('\n')) if (line !== '') lines.push(JSON.parse(line))
  }
  return lines
}

/** A seeded generator (mulberry32): the same mutations on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const odd: unknown[] = [null, 0, -1, 1.5, -0, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', 'paragraph', 'source', true, false, [], [1], ['x'], {}, {x: 1}, 'unchanged']

/** `value` with one change somewhere inside: a value replaced, a key added or removed, an item dropped. */
function mutate(value: unknown, next: () => number): unknown {
  const copy = structuredClone(value)
  const nodes: Array<{parent: Record<string, unknown> | unknown[]; key: string | number}> = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((each, index) => (nodes.push({parent: node, key: index}), walk(each)))
    else if (typeof node === 'object' && node !== null) for (const [key, each] of Object.entries(node)) (nodes.push({parent: node as Record<string, unknown>, key}), walk(each))
  }
  walk(copy)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  if (nodes.length === 0) return pick(odd)
  const {parent, key} = pick(nodes)
  const roll = next()
  if (roll < 0.6) (parent as Record<string | number, unknown>)[key] = structuredClone(pick(odd))
  else if (roll < 0.75) delete (parent as Record<string | number, unknown>)[key]
  else if (roll < 0.85 && Array.isArray(parent)) parent.splice(key as number, 1)
  else if (!Array.isArray(parent)) parent[pick(['extra', '__proto__', 'constructor'])] = pick(odd)
  else parent.push(structuredClone(pick(odd)))
  return copy
}

it("answers as zod's safeParse does, on a real cache's entries and on thousands of broken copies of them", async () => {
  const work = await writeTree({})
  await fs.cp(path.join(root, 'content'), path.join(work, 'content'), {recursive: true})
  const cacheDir = path.join(work, '.lockstep-cache')
  await check({config: validateConfig({}), cwd: work, contentDir: 'content', cacheDir})

  const summaries = await jsonLines(path.join(cacheDir, 'summaries'))
  const heads = summaries.filter((line) => typeof line === 'object' && line !== null && 'entry' in line).map((line) => (line as {entry: unknown}).entry)
  const bodies = summaries.filter((line) => Array.isArray(line))
  const results = (await jsonLines(path.join(cacheDir, 'results'))).flatMap((line) => (typeof line === 'object' && line !== null && 'entry' in line ? Object.values((line as {entry: Record<string, unknown>}).entry) : []))
  const samples: Array<[z.ZodType, unknown]> = [
    ...heads.map((head) => [summaryHeadSchema, head] as [z.ZodType, unknown]),
    ...bodies.map((body) => [sectionBodiesSchema, body] as [z.ZodType, unknown]),
    ...results.map((result) => [resultEntrySchema, result] as [z.ZodType, unknown]),
    [sourceChangesSchema, {sections: [{change: 'moved', kinds: ['prose'], baseIndex: 2, gone: {code: ['x'], links: []}}], removed: [{index: 1, title: 'T', level: 2}], trivial: false, unchanged: false}],
    [gitIndexSchema, {graph: [['abc', 1700000000, ['def']]], log: [['content/en/a.md', [{hash: 'abc', ignored: false}]]]}]
  ]
  // The real entries are valid, and of every kind the cache holds.
  expect(heads.length).toBeGreaterThan(5)
  expect(bodies.length).toBeGreaterThan(5)
  expect(results.length).toBeGreaterThan(5)
  for (const [schema, value] of samples) expect(conforms(schema, value)).toBe(true)

  const next = random(14)
  let rejected = 0
  let compared = 0
  for (let round = 0; round < 100; round++) {
    for (const [schema, value] of samples) {
      let broken = value
      // One to three changes.
      for (let change = 0, changes = 1 + Math.floor(next() * 3); change < changes; change++) broken = mutate(broken, next)
      const expected = schema.safeParse(broken).success
      if (conforms(schema, broken) !== expected) expect({schema: schema.description, broken, conforms: !expected}).toEqual({schema: schema.description, broken, conforms: expected})
      compared++
      if (!expected) rejected++
    }
  }
  // Most broken copies are invalid, and some are still valid (a changed title, an extra key in the front matter).
  expect(compared).toBeGreaterThan(1000)
  expect(rejected).toBeGreaterThan(compared / 2)
  expect(rejected).toBeLessThan(compared)
})

it('asks zod for the parts of a schema it does not walk itself', () => {
  const schema = z.strictObject({id: z.string().min(2), count: z.number().multipleOf(5), either: z.union([z.string(), z.number()]), tags: z.array(z.string()).max(1), pair: z.tuple([z.string(), z.number().optional()])})
  const valid = {id: 'ab', count: 10, either: 3, tags: ['a'], pair: ['a']}
  expect(conforms(schema, valid)).toBe(true)
  for (const broken of [{...valid, id: 'a'}, {...valid, count: 7}, {...valid, either: true}, {...valid, tags: ['a', 'b']}, {...valid, pair: []}, {...valid, more: 1}]) {
    expect(conforms(schema, broken)).toBe(false)
    expect(schema.safeParse(broken).success).toBe(false)
  }
})
