import {UsageError} from '../../engine/errors.ts'

/** `lockstep pin <paths…> [--to <rev>]` (placeholder until written). */
export async function runPin(_argv: string[], _io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  throw new UsageError('pin is not available yet')
}
