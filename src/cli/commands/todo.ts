import {UsageError} from '../../engine/errors.ts'

/** `lockstep todo --locale <l>` (placeholder until written). */
export async function runTodo(_argv: string[], _io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; cwd: string}): Promise<number> {
  throw new UsageError('todo is not available yet')
}
