import { readdirSync, readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM …); null when the process is gone. */
function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The command line, shortened for tables. */
  command: string;
}

/** Every process of the machine with its parent (from /proc). */
function allProcesses(): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent pid follows it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(entry), ppid, command });
    } catch {
      // ended while we looked
    }
  }
  return out;
}

/** `root` and all its descendants, parents before children. */
export function processTree(root: number): ProcessInfo[] {
  const all = allProcesses();
  const byParent = new Map<number, ProcessInfo[]>();
  for (const p of all) byParent.set(p.ppid, [...(byParent.get(p.ppid) ?? []), p]);
  const self = all.find((p) => p.pid === root);
  if (!self) return [];
  const out: ProcessInfo[] = [];
  const walk = (p: ProcessInfo) => {
    out.push(p);
    for (const child of byParent.get(p.pid) ?? []) walk(child);
  };
  walk(self);
  return out;
}

/** Resident memory of one process in MiB now (VmRSS). */
export const rssMiB = (pid: number) => (statusKiB(pid, 'VmRSS') ?? 0) / 1024;
/** The highest resident memory the process has had since it started (VmHWM), MiB. */
export const peakRssMiB = (pid: number) => (statusKiB(pid, 'VmHWM') ?? 0) / 1024;

/**
 * Samples the resident memory of a process tree (summed over the process and its children, e.g.
 * cluster workers) every `intervalMs`, and keeps the highest sum seen. Start it around a
 * measurement; `stop()` returns the peak in MiB.
 */
export function sampleTreeRss(root: number, intervalMs = 100) {
  let peak = 0;
  let pids = processTree(root).map((p) => p.pid);
  let ticks = 0;
  const sample = () => {
    // Re-read the tree now and then (workers may be replaced), the RSS every tick.
    if (++ticks % 20 === 0) pids = processTree(root).map((p) => p.pid);
    peak = Math.max(peak, pids.reduce((sum, pid) => sum + rssMiB(pid), 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): number {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
