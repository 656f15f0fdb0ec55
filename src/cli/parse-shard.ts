import {UsageError} from '../engine/errors.ts'
import type {Shard} from '../engine/report/shard-selector.ts'

/** Read `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`Invalid value for --shard: \`${value}\` (expected i/n with 1 ≤ i ≤ n, e.g. 2/4)`)
  return {index, count}
}
