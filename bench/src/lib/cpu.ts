import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from './memory.ts';

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used so far, in milliseconds; 0 when it is gone. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU time used by process trees between start and stop, in milliseconds. Divided by the requests
 * served it gives the CPU cost of a request — a figure that, unlike requests/s, hardly moves when
 * something else on the machine takes cores away.
 */
export function measureCpu(roots: readonly number[]) {
  const pids = roots.flatMap((root) => processTree(root).map((p) => p.pid));
  const before = pids.map(cpuMs);
  return {
    stop(): number {
      return pids.reduce((sum, pid, i) => sum + Math.max(0, cpuMs(pid) - (before[i] ?? 0)), 0);
    },
  };
}
