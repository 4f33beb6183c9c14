import { execFileSync } from 'node:child_process';

/** Whether `taskset` is on this machine (util-linux); without it nothing is pinned. */
export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The core the server under test runs on, and the one the load generator (and this process) use. */
export const SERVER_CORE = 0;
export const LOAD_CORE = 1;

/** `[command, ...args]` that runs `node <args>` on `core` (or unpinned when `core` is null or taskset is missing). */
export function pinnedNode(core: number | null, nodeArgs: string[]): [string, ...string[]] {
  return core !== null && hasTaskset ? ['taskset', '-c', String(core), process.execPath, ...nodeArgs] : [process.execPath, ...nodeArgs];
}

/** Moves this very process (the orchestrator: it samples memory and spawns load) to `core`. */
export function pinSelf(core: number): void {
  if (hasTaskset) execFileSync('taskset', ['-pc', String(core), String(process.pid)], { stdio: 'ignore' });
}
