import {runGit} from './run-git.ts'

/** One commit of the graph: its parents and committer time. */
export interface GraphCommit {
  parents: string[]
  /** Committer time, seconds since the epoch. */
  time: number
}

/** Every commit reachable from HEAD, read in one `git log` (no paths, so no history simplification). */
export type CommitGraph = Map<string, GraphCommit>

/**
 * Read the commit graph reachable from HEAD: ancestry, not dates, decides what a translation
 * has seen, and a pin may name any commit, not only one that touched the content.
 */
export async function readGraph(root: string): Promise<CommitGraph> {
  const text = (await runGit(root, ['log', '--format=%H %ct %P', 'HEAD'])).toString('utf8')
  const graph: CommitGraph = new Map()
  for (const line of text.split('\n')) {
    if (!line) continue
    const [hash, time, ...parents] = line.split(' ')
    graph.set(hash!, {parents: parents.filter(Boolean), time: Number(time)})
  }
  return graph
}
